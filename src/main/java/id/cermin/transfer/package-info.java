/**
 * Mutasi stok: goods sent from one store's shelf to another's. The sending store writes
 * the transfer, its lines and its shelf's movements out in one transaction, and prints the
 * surat jalan; the transfer reaches the receiving store through the hub; there "Terima
 * barang" writes the receipt and that shelf's movements in, once. Both rows belong to the
 * store that wrote them and travel to the other store too.
 */
package id.cermin.transfer;
