/**
 * The catalogue: products (daftar barang), their categories (daftar kategori) and the
 * units they are sold in. Products and categories are archived, never deleted; stock is
 * shown here but only changes through sales, stock-in and adjustments.
 */
package id.cermin.catalog;
