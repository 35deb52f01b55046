/**
 * The chain's branches: one row for every store registered with the hub (kept by the
 * hub's server, mirrored to every store so a store can say where goods go), and each
 * store's own stock, its shelf, read from the stock ledger ({@code /stok}: on the hub
 * every store and their total, with low stock per store).
 */
package id.cermin.branch;
