package id.cermin.report;

import id.cermin.web.Format;
import id.cermin.web.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/** The goods-received report as CSV for Excel set to Indonesian (see {@link SalesCsv}). */
final class StockInCsv {

    private static final CSVFormat EXCEL_ID = CSVFormat.Builder.create(SalesCsv.EXCEL_ID)
            .setHeader("No. Referensi", "Waktu", "Diterima oleh", "Pemasok", "Baris", "Total Modal", "Status",
                    "Alasan Batal", "Toko")
            .get();

    private StockInCsv() {
    }

    static void write(StockInReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, EXCEL_ID)) {
            for (StockInReportRow row : report.rows()) {
                csv.printRecord(SpreadsheetText.of(row.reference()), Format.dateTime(row.receivedAt()),
                        SpreadsheetText.of(row.receivedBy()), SpreadsheetText.of(row.supplier()), row.lines(),
                        row.totalCost(), row.isVoided() ? "Dibatalkan" : "Selesai",
                        SpreadsheetText.of(row.isVoided() ? row.voidReason() : ""), SpreadsheetText.of(row.store()));
            }
            csv.printRecord("Total", "", "", "", "", report.totalCost(), report.count() + " barang masuk", "", "");
        }
    }
}
