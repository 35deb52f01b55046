/**
 * Barang masuk: goods received from a supplier, written with their stock movements in
 * one transaction, optionally updating the products' cost price.
 */
package id.cermin.stockin;
