package id.cermin.productfile;

import org.apache.commons.csv.CSVFormat;

import java.util.List;

/**
 * The columns of a product file, those of the demo catalogue: {@code code} (the file's own
 * name for the row, kept only to point at it), category, barcode, name, unit, cost and
 * sell price, minimum and opening stock. Files are written for Excel set to Indonesian
 * (semicolons, a byte-order mark) and read with either separator.
 */
final class ProductCsv {

    static final List<String> COLUMNS = List.of("code", "category", "barcode", "name", "unit", "cost_price",
            "sell_price", "min_stock", "opening_stock");

    /** What the import needs; the rest may be missing from the header. */
    static final List<String> REQUIRED = List.of("category", "name", "unit", "cost_price", "sell_price");

    static final CSVFormat EXCEL_ID = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private ProductCsv() {
    }
}
