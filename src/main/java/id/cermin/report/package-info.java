/**
 * Laporan: sales (barang keluar) by date range with profit and totals, detail, and the
 * void ("batalkan") that replaces the study's delete.
 */
package id.cermin.report;
