package id.cermin.report;

import id.cermin.payment.PaymentMethod;
import id.cermin.web.Format;
import id.cermin.web.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales report as CSV for Excel set to Indonesian: semicolons between fields (the
 * comma is the decimal mark there), a byte-order mark so the file opens as UTF-8,
 * amounts as plain whole numbers, quantities with a decimal comma; per sale, what was paid
 * by each method and left as bon; the store of each sale last. Text that people typed
 * (names, reasons) never reaches Excel as a formula ({@link SpreadsheetText}).
 */
final class SalesCsv {

    static final CSVFormat EXCEL_ID = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setHeader("No. Nota", "Waktu", "Kasir", "Barang", "Total", "Keuntungan", "Status", "Alasan Batal",
                    "Pelanggan", "Tunai", "Transfer", "QRIS", "Kartu", "Bon", "Toko")
            .get();

    private SalesCsv() {
    }

    static void write(SalesReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, EXCEL_ID)) {
            for (SalesReportRow row : report.rows()) {
                List<Object> record = new ArrayList<>(List.of(SpreadsheetText.of(row.receiptNo()), Format.dateTime(row.soldAt()),
                        SpreadsheetText.of(row.cashier()), Format.quantityInput(row.items()), row.total(), row.profit(),
                        row.isVoided() ? "Dibatalkan" : "Selesai", SpreadsheetText.of(row.isVoided() ? row.voidReason() : ""),
                        SpreadsheetText.of(row.customer())));
                for (PaymentMethod method : PaymentMethod.values()) {
                    record.add(row.paidBy().getOrDefault(method.name(), 0L));
                }
                record.add(row.paidBy().getOrDefault(SalesReportRow.BON, 0L));
                record.add(SpreadsheetText.of(row.store()));
                csv.printRecord(record);
            }
            csv.printRecord("Total", "", "", "", report.total(), report.profit(), report.count() + " transaksi", "",
                    "", "", "", "", "", "", "");
        }
    }
}
