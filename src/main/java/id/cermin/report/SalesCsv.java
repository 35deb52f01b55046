package id.cermin.report;

import id.cermin.web.Format;
import id.cermin.web.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * The sales report as CSV for Excel set to Indonesian: semicolons between fields (the
 * comma is the decimal mark there), a byte-order mark so the file opens as UTF-8,
 * amounts as plain whole numbers, quantities with a decimal comma. Text that people typed
 * (names, reasons) never reaches Excel as a formula ({@link SpreadsheetText}).
 */
final class SalesCsv {

    static final CSVFormat EXCEL_ID = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setHeader("No. Nota", "Waktu", "Kasir", "Barang", "Total", "Keuntungan", "Status", "Alasan Batal")
            .get();

    private SalesCsv() {
    }

    static void write(SalesReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, EXCEL_ID)) {
            for (SalesReportRow row : report.rows()) {
                csv.printRecord(SpreadsheetText.of(row.receiptNo()), Format.dateTime(row.soldAt()),
                        SpreadsheetText.of(row.cashier()), Format.quantityInput(row.items()), row.total(), row.profit(),
                        row.isVoided() ? "Dibatalkan" : "Selesai",
                        SpreadsheetText.of(row.isVoided() ? row.voidReason() : ""));
            }
            csv.printRecord("Total", "", "", "", report.total(), report.profit(), report.count() + " transaksi", "");
        }
    }
}
