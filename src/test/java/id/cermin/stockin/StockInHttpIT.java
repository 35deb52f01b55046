package id.cermin.stockin;

import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goods received over HTTP: stock goes up by exactly what was received, in one
 * transaction with its lines and movements; the cost price follows when asked; the
 * same form twice is received once; bad lines change nothing.
 */
class StockInHttpIT {

    private static WebSession admin;
    private static String pakuId;
    private static String semenId;

    @BeforeAll
    static void logIn() throws SQLException {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        admin.get("/barang-masuk");
        pakuId = ItServer.query("SELECT id FROM product WHERE unit_code = 'kg' ORDER BY name LIMIT 1");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Dynamix Serbaguna 40 kg'");
    }

    @Test
    void receivingRaisesStockAndCanUpdateTheCostPrice() throws SQLException {
        BigDecimal pakuBefore = stock(pakuId);
        BigDecimal semenBefore = stock(semenId);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> response = save(key, "&updateCost=1", pakuId, "12,5", "19.500", semenId, "40", "50500");
        assertEquals(302, response.statusCode(), response.body());
        assertEquals(0, pakuBefore.add(new BigDecimal("12.5")).compareTo(stock(pakuId)));
        assertEquals(0, semenBefore.add(new BigDecimal("40")).compareTo(stock(semenId)));
        String stockInId = ItServer.query("SELECT id FROM stock_in WHERE idempotency_key = '" + key + "'");
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_in_line WHERE stock_in_id = '" + stockInId + "'"));
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_movement WHERE source_id = '" + stockInId
                + "' AND kind = 'STOCK_IN'"));
        assertEquals(String.valueOf(Math.round(12.5 * 19_500) + 40 * 50_500),
                ItServer.query("SELECT total_cost FROM stock_in WHERE id = '" + stockInId + "'"));
        assertEquals("Toko Sumber Baja", ItServer.query("SELECT supplier FROM stock_in WHERE id = '" + stockInId + "'"));
        assertEquals("50500", ItServer.query("SELECT cost_price FROM product WHERE id = '" + semenId + "'"));
        assertTrue(admin.get("/barang-masuk").body().contains("Barang masuk tersimpan: 2 jenis barang"));
    }

    @Test
    void withoutTheUpdateTheCostPriceStays() throws SQLException {
        String before = ItServer.query("SELECT cost_price FROM product WHERE id = '" + pakuId + "'");
        assertEquals(302, save(UUID.randomUUID().toString(), "", pakuId, "1", "1").statusCode());
        assertEquals(before, ItServer.query("SELECT cost_price FROM product WHERE id = '" + pakuId + "'"));
    }

    @Test
    void theSameFormTwiceIsReceivedOnce() throws SQLException {
        BigDecimal before = stock(semenId);
        String key = UUID.randomUUID().toString();
        assertEquals(302, save(key, "", semenId, "5", "50000").statusCode());
        assertEquals(302, save(key, "", semenId, "5", "50000").statusCode());
        assertEquals(0, before.add(new BigDecimal("5")).compareTo(stock(semenId)));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_in WHERE idempotency_key = '" + key + "'"));
    }

    @Test
    void badLinesChangeNothing() throws SQLException {
        BigDecimal before = stock(semenId);
        long count = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_in"));
        for (String[] bad : new String[][]{{"0", "50000"}, {"-3", "50000"}, {"abc", "50000"}, {"1e9", "50000"},
                {"2", "-1"}, {"2", "lima puluh"}}) {
            HttpResponse<String> response = save(UUID.randomUUID().toString(), "", semenId, bad[0], bad[1]);
            assertEquals(422, response.statusCode(), String.join(" ", bad));
            assertTrue(!WebSession.html(response).select("#stock-in-error").text().isEmpty());
        }
        assertEquals(422, save(UUID.randomUUID().toString(), "").statusCode(), "empty list");
        assertEquals(0, before.compareTo(stock(semenId)));
        assertEquals(count, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_in")));
    }

    @Test
    void aTooLongSupplierOrNoteIsSaidAtItsFieldAndChangesNothing() throws SQLException {
        long count = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_in"));
        String supplier = "S".repeat(151);
        HttpResponse<String> response = saveFrom(UUID.randomUUID().toString(), supplier, "N".repeat(501), "",
                semenId, "1", "50000");
        assertEquals(422, response.statusCode());
        Document page = WebSession.html(response);
        assertEquals("Maksimal 150 karakter.", page.select("#e-supplier").text());
        assertEquals("Maksimal 500 karakter.", page.select("#e-note").text());
        assertEquals("Periksa isian yang ditandai.", page.select("#stock-in-error").text());
        assertEquals(supplier, page.selectFirst("#f-supplier").attr("value"), "value kept");
        assertEquals(count, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_in")));

        HttpResponse<String> tooManyLines = save(UUID.randomUUID().toString(), "", tooMany(semenId));
        assertEquals(422, tooManyLines.statusCode());
        assertTrue(WebSession.html(tooManyLines).select("#stock-in-error").text().contains("200 barang"));
        assertEquals(count, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_in")));
    }

    /** One line more than a stock-in takes. */
    private static String[] tooMany(String productId) {
        String[] triples = new String[201 * 3];
        for (int i = 0; i < triples.length; i += 3) {
            triples[i] = productId;
            triples[i + 1] = "1";
            triples[i + 2] = "50000";
        }
        return triples;
    }

    @Test
    void theReportListsItAndAVoidTakesTheStockBackOnce() throws SQLException {
        BigDecimal before = stock(semenId);
        String key = UUID.randomUUID().toString();
        assertEquals(302, save(key, "", semenId, "7", "50000").statusCode());
        String id = ItServer.query("SELECT id FROM stock_in WHERE idempotency_key = '" + key + "'");
        String reference = ItServer.query("SELECT reference FROM stock_in WHERE id = '" + id + "'");
        assertTrue(reference.matches("S9-M-\\d{8}-\\d{4}"), reference);
        String page = admin.get("/laporan/masuk").body();
        assertTrue(page.contains(reference) && page.contains("Rp 350.000") && page.contains("Toko Sumber Baja"));
        assertTrue(admin.get("/laporan/masuk/detail?id=" + id).body().contains("Semen Dynamix Serbaguna 40 kg"));
        assertTrue(admin.get("/laporan/masuk/csv").body().contains(reference + ";"));

        admin.post("/laporan/masuk/batal", java.util.Map.of("id", id, "reason", ""));
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM stock_in_void WHERE stock_in_id = '" + id + "'"));
        assertEquals(302, admin.post("/laporan/masuk/batal", java.util.Map.of("id", id, "reason", "Salah kirim")).statusCode());
        assertEquals(0, before.compareTo(stock(semenId)), "received and taken back");
        admin.post("/laporan/masuk/batal", java.util.Map.of("id", id, "reason", "Lagi"));
        assertTrue(admin.get("/laporan/masuk").body().contains("Transaksi ini sudah dibatalkan"));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_in_void WHERE stock_in_id = '" + id + "'"));
        assertEquals(0, before.compareTo(stock(semenId)));
    }

    @Test
    void lookupOfLettersBeyondAsciiAnswersInsteadOfFailing() {
        HttpResponse<String> response = admin.get("/barang-masuk/cari?q=%C3%A9");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(admin.get("/barang-masuk/cari?q=e").body(), response.body(), "names are found without minding accents");
    }

    @Test
    void kasirCannotReceiveGoods() {
        WebSession kasir = WebSession.loggedIn(ItServer.baseUrl(), "kasir", "kasir123");
        assertEquals(403, kasir.get("/barang-masuk").statusCode());
        assertEquals(403, kasir.get("/barang-masuk/cari?q=semen").statusCode(), "cost prices stay in the back office");
        assertEquals(403, kasir.get("/laporan/masuk").statusCode());
    }

    /** Posts the form: key, supplier, extra fields, then productId/qty/cost triples. */
    private static HttpResponse<String> save(String key, String extra, String... triples) {
        return saveFrom(key, "Toko Sumber Baja", "Nota 123", extra, triples);
    }

    private static HttpResponse<String> saveFrom(String key, String supplier, String note, String extra,
                                                 String... triples) {
        StringBuilder body = new StringBuilder("key=" + key + "&supplier=" + encode(supplier)
                + "&note=" + encode(note) + extra);
        for (int i = 0; i < triples.length; i += 3) {
            body.append("&productId=").append(triples[i]).append("&qty=").append(encode(triples[i + 1]))
                    .append("&cost=").append(encode(triples[i + 2]));
        }
        return admin.postForm("/barang-masuk/simpan", body.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static BigDecimal stock(String productId) throws SQLException {
        return new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + productId + "'"));
    }
}
