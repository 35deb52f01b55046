/**
 * How a store is paid: the payment methods (tunai, transfer, QRIS, debit/kartu) and the
 * store's static QRIS image, shown at the counter and printed on receipts and statements.
 */
package id.cermin.payment;
