/**
 * Suppliers (pemasok) as records, and what is owed to them (hutang): goods received on
 * credit, due a number of days after receipt, paid off in parts against each receipt
 * (from the till's drawer or otherwise), less what was sent back.
 */
package id.cermin.supplier;
