/**
 * Barcode labels: name, price and barcode on A4 label sheets or a 58 mm thermal roll.
 * Barcodes are encoded by ZXing (EAN-13 when the code is one, Code 128 otherwise) and
 * drawn as PNG; products without a barcode get an EAN-13 in the in-store range from this
 * store's own prefix.
 */
package id.cermin.label;
