/**
 * The product list in and out as CSV (Excel saves and opens it): import with a preview
 * and a row-by-row error report, saved only when confirmed; export of the product list
 * and of the stock's value per category. Columns as the demo catalogue; numbers as
 * Indonesia writes them.
 */
package id.cermin.productfile;
