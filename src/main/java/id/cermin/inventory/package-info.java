/**
 * The stock ledger: every change of stock is one insert-only movement, and each node's
 * {@code product.stock} is the running sum of its movements, kept in the same
 * transaction as the movement itself.
 */
package id.cermin.inventory;
