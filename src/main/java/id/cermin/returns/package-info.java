/**
 * Returns: some lines of a sale brought back by the customer (retur penjualan: the stock
 * back on the shelf or written off as damaged, the money paid back, a return receipt,
 * shown on the sale), and goods sent back to the supplier against a goods receipt
 * (retur pembelian: stock out, less owed). Both happen on the node that made the sale or
 * received the goods, and never for more than is left.
 */
package id.cermin.returns;
