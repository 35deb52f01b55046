/**
 * The stock ledger: every change of stock is one insert-only movement, and each node's
 * {@code product.stock} is the running sum of its movements, kept in the same
 * transaction as the movement itself. Also what a void of a sale or a stock-in means:
 * compensating movements, on the node that made it, once.
 */
package id.cermin.inventory;
