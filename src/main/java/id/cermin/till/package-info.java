/**
 * Closing the till (tutup kasir): a shift per cashier on this node, opened with the cash
 * in the drawer, cash put in or taken out with a reason, and closed with the cash counted
 * against the cash expected; the shift report on a receipt roll or A4; a cashier's own
 * sales of today, to reprint.
 */
package id.cermin.till;
