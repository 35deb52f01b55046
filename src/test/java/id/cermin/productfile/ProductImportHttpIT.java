package id.cermin.productfile;

import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import id.cermin.web.Format;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing a store's product list over HTTP: a 2,000-row file with 5 bad rows reports
 * exactly those 5 rows and saves nothing until confirmed; confirming saves the good
 * rows with their opening stock; the product list and the stock's value come back out
 * as CSV.
 */
class ProductImportHttpIT {

    private static final int ROWS = 2_000;
    private static final Map<Integer, String> BAD = Map.of(
            101, "Harga modal bukan angka rupiah: 12a",
            502, "Satuan ekor belum ada",
            1003, "Nama barang kosong.",
            1504, "Barcode 2990000000014 muncul lebih dari sekali",
            2001, "Stok awal bukan angka: x1");
    private static WebSession admin;

    @BeforeAll
    static void logIn() {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
    }

    @Test
    void twoThousandRowsWithFiveBadOnesReportThoseFiveAndSaveNothingUntilConfirmed() throws SQLException {
        long productsBefore = BackOffice.number("SELECT COUNT(*) FROM product");
        long movementsBefore = BackOffice.number("SELECT COUNT(*) FROM stock_movement");
        admin.get("/barang/impor");
        HttpResponse<String> preview = admin.postFile("/barang/impor", "file", "katalog-toko.csv", file());
        assertEquals(200, preview.statusCode(), preview.body());
        Document page = WebSession.html(preview);
        assertEquals(BAD.keySet(), page.select("#import-error-rows tbody tr td:eq(0)").eachText().stream()
                .map(Integer::valueOf).collect(java.util.stream.Collectors.toSet()), "exactly the bad lines");
        for (var bad : BAD.entrySet()) {
            assertTrue(page.select("#import-error-rows tr:has(td:eq(0):matchesOwn(^" + bad.getKey() + "$))").text()
                    .contains(bad.getValue()), bad.toString());
        }
        assertEquals(Integer.toString(ROWS - 5), page.selectFirst("#import-new").text());
        assertEquals(productsBefore, BackOffice.number("SELECT COUNT(*) FROM product"), "nothing saved by a preview");
        assertEquals(movementsBefore, BackOffice.number("SELECT COUNT(*) FROM stock_movement"));

        String token = page.selectFirst("#import-confirm input[name=token]").attr("value");
        HttpResponse<String> saved = admin.post("/barang/impor/simpan", Map.of("token", token));
        assertEquals(302, saved.statusCode());
        assertEquals(productsBefore + ROWS - 5, BackOffice.number("SELECT COUNT(*) FROM product"));
        assertEquals("2.500 12500 15000", ItServer.query("SELECT CONCAT(p.stock, ' ', p.cost_price, ' ', p.sell_price)"
                + " FROM product p WHERE p.name = 'Kawat Impor 0007'"), "Indonesian numbers, opening stock");
        assertEquals("Bahan Impor", ItServer.query("SELECT c.name FROM product p JOIN category c ON c.id = p.category_id"
                + " WHERE p.name = 'Kawat Impor 0007'"), "a new category");
        assertEquals(302, admin.post("/barang/impor/simpan", Map.of("token", token)).statusCode());
        assertEquals(productsBefore + ROWS - 5, BackOffice.number("SELECT COUNT(*) FROM product"), "saved once");

        String export = admin.get("/barang/ekspor").body();
        assertTrue(export.startsWith("\uFEFFcode;category;barcode;name;unit;cost_price;sell_price;min_stock;opening_stock"));
        assertTrue(export.contains(";Kawat Impor 0007;kg;12500;15000;"), "exported as imported");
        assertTrue(export.contains(";2,5\r\n"), "with a decimal comma");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        admin.get("/barang/impor");
        Document page = WebSession.html(admin.postFile("/barang/impor", "file", "salah.csv",
                "nama;harga\nSemen;58000\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.select("#import-file-error").text().contains("Kolom category tidak ada"));
        assertEquals(0, page.select("#import-confirm").size());
    }

    @Test
    void theStockValueIsStockTimesCostPerCategory() throws SQLException {
        Document page = WebSession.html(admin.get("/laporan/nilai-stok"));
        long expected = new BigDecimal(ItServer.query("SELECT SUM(ROUND(stock * cost_price)) FROM product"
                + " WHERE archived_at IS NULL")).longValueExact();
        assertEquals(Format.rupiah(expected), page.selectFirst("#stock-value-total").text());
        String csv = admin.get("/laporan/nilai-stok/csv").body();
        assertTrue(csv.contains("Total;") && csv.trim().endsWith(";" + expected), csv);
    }

    private static byte[] file() {
        StringBuilder csv = new StringBuilder("\uFEFFcode;category;barcode;name;unit;cost_price;sell_price;min_stock;"
                + "opening_stock\r\n");
        for (int line = 2; line <= ROWS + 1; line++) {
            int n = line - 1;
            String barcode = line == 1504 ? "2990000000014" : line == 10 ? "2990000000014" : "";
            String name = line == 1003 ? "" : (n % 2 == 1 ? "Kawat" : "Paku") + String.format(" Impor %04d", n);
            String unit = line == 502 ? "ekor" : "kg";
            String cost = line == 101 ? "12a" : "12.500";
            String opening = line == 2001 ? "x1" : "2,5";
            csv.append("imp-").append(n).append(";Bahan Impor;").append(barcode).append(';').append(name).append(';')
                    .append(unit).append(';').append(cost).append(";15.000;1;").append(opening).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

}
