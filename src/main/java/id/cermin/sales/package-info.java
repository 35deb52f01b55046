/**
 * Selling at the counter (kasir): the cart's checkout as one transaction (sale, lines
 * with price and cost snapshots, stock movements), receipt numbers, and the receipt.
 */
package id.cermin.sales;
