/**
 * Stock opname and adjustments: counting the shelf (a count sheet per category, counts
 * entered by scanner or search, differences and their value, confirmed into one
 * adjustment per difference) and single adjustments with a reason (rusak, hilang,
 * pemakaian sendiri). Stock moves only through the ledger, on this store's shelf.
 */
package id.cermin.stockcount;
