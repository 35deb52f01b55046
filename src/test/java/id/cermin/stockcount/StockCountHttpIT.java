package id.cermin.stockcount;

import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stock opname over HTTP against a running store: counts are taken against the stock at
 * the moment each product is counted, so sales between counting and confirming stay
 * sold; confirming writes one adjustment and one movement per difference; single
 * adjustments need a reason that fits.
 */
class StockCountHttpIT {

    private static WebSession admin;
    private static WebSession kasir;
    private static String semenId;
    private static String gresikId;
    private static String categoryId;

    @BeforeAll
    static void logIn() throws SQLException {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        kasir = WebSession.loggedIn(ItServer.baseUrl(), "kasir", "kasir123");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Tiga Roda PCC 50 kg'");
        gresikId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
        categoryId = ItServer.query("SELECT category_id FROM product WHERE id = '" + semenId + "'");
    }

    @Test
    void salesBetweenCountingAndConfirmingStaySold() throws SQLException {
        String countId = start(categoryId);
        BigDecimal before = BackOffice.stock(semenId);
        BigDecimal counted = before.subtract(new BigDecimal("5"));
        assertEquals(302, count(countId, semenId, counted.toPlainString()).statusCode());
        assertEquals(302, count(countId, gresikId, BackOffice.stock(gresikId).toPlainString()).statusCode(),
                "counted as the system has it: no difference");

        BackOffice.sell(kasir, List.of(semenId), List.of("3"), "500000");
        BackOffice.sell(kasir, List.of(semenId), List.of("1"), "500000");

        Document sheet = WebSession.html(admin.get("/stok/opname/hitung?id=" + countId));
        assertEquals("-5", sheet.selectFirst("tr[data-product=" + semenId + "] td.difference").text());
        long cost = BackOffice.number("SELECT cost_price FROM product WHERE id = '" + semenId + "'");
        assertEquals(id.cermin.web.Format.rupiah(-5 * cost), sheet.selectFirst("#short-value").text());

        HttpResponse<String> confirmed = admin.post("/stok/opname/konfirmasi", Map.of("id", countId));
        assertEquals(302, confirmed.statusCode());
        assertEquals(0, counted.subtract(new BigDecimal("4")).compareTo(BackOffice.stock(semenId)),
                "stock = counted − sold since");
        assertEquals(0, BackOffice.stock(semenId).compareTo(new BigDecimal(ItServer.query(
                "SELECT SUM(delta) FROM stock_movement WHERE product_id = '" + semenId + "'"))), "the ledger agrees");
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_adjustment WHERE count_id = '" + countId + "'"),
                "one adjustment per difference, none where the count agreed");
        assertEquals("OPNAME -5.000 " + adminId(), ItServer.query("SELECT CONCAT(a.reason, ' ', a.delta, ' ', a.adjusted_by)"
                + " FROM stock_adjustment a WHERE a.count_id = '" + countId + "'"));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_movement m JOIN stock_adjustment a ON a.id = m.source_id"
                + " WHERE a.count_id = '" + countId + "' AND m.kind = 'ADJUSTMENT' AND m.delta = -5 AND m.store_node = 'S9'"));
        assertTrue(admin.get("/stok/opname/hitung?id=" + countId).body().contains("Dikonfirmasi"));

        assertEquals(302, admin.post("/stok/opname/konfirmasi", Map.of("id", countId)).statusCode());
        assertTrue(admin.get("/stok/opname").body().contains("Opname ini sudah selesai."), "not twice");
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_adjustment WHERE count_id = '" + countId + "'"));
    }

    @Test
    void aRecountReplacesTheCountAndACancelledOpnameChangesNothing() throws SQLException {
        String countId = start("");
        BigDecimal before = BackOffice.stock(gresikId);
        count(countId, gresikId, "1");
        count(countId, gresikId, before.add(BigDecimal.TEN).toPlainString());
        Document sheet = WebSession.html(admin.get("/stok/opname/hitung?id=" + countId));
        assertEquals("+10", sheet.selectFirst("tr[data-product=" + gresikId + "] td.difference").text());
        assertEquals(302, admin.post("/stok/opname/batal", Map.of("id", countId)).statusCode());
        assertEquals(0, before.compareTo(BackOffice.stock(gresikId)));
        count(countId, gresikId, "3");
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_count_entry WHERE count_id = '" + countId + "'"),
                "a closed opname takes no more counts");
    }

    @Test
    void aProductOfAnotherCategoryIsNotCountedAndTheSheetPrintsItsCategory() throws SQLException {
        String countId = start(categoryId);
        String paku = ItServer.query("SELECT id FROM product WHERE category_id <> '" + categoryId + "' LIMIT 1");
        count(countId, paku, "1");
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM stock_count_entry WHERE count_id = '" + countId + "'"));
        assertTrue(admin.get("/stok/opname/hitung?id=" + countId).body().contains("bukan dari kategori opname ini"));
        Document sheet = WebSession.html(admin.get("/stok/opname/lembar?id=" + countId));
        long inCategory = BackOffice.number("SELECT COUNT(*) FROM product WHERE archived_at IS NULL AND category_id = '"
                + categoryId + "'");
        assertEquals(inCategory, sheet.select("#count-sheet tbody tr").size());
    }

    @Test
    void singleAdjustmentsTakeStockAwayWithTheirReason() throws SQLException {
        BigDecimal before = BackOffice.stock(gresikId);
        admin.get("/stok/penyesuaian");
        assertEquals(302, adjust(gresikId, "2", "kurang", "RUSAK", "").statusCode());
        assertEquals(0, before.subtract(new BigDecimal("2")).compareTo(BackOffice.stock(gresikId)));
        assertEquals("RUSAK", ItServer.query("SELECT a.reason FROM stock_adjustment a JOIN stock_movement m"
                + " ON m.source_id = a.id WHERE a.product_id = '" + gresikId + "' AND m.kind = 'ADJUSTMENT'"
                + " ORDER BY a.adjusted_at DESC LIMIT 1"));
        assertEquals(422, adjust(gresikId, "2", "tambah", "HILANG", "").statusCode(), "lost goods never add");
        assertEquals(422, adjust(gresikId, "2", "tambah", "LAINNYA", "").statusCode(), "other needs a note");
        // Semen Gresik is kept in kg now (sold by the sak and the kilo): a whole unit is a pcs product's.
        String wholeId = ItServer.query("SELECT p.id FROM product p JOIN unit u ON u.code = p.unit_code"
                + " WHERE u.allows_fraction = FALSE AND p.archived_at IS NULL ORDER BY p.name LIMIT 1");
        assertEquals(422, adjust(wholeId, "1,5", "kurang", "RUSAK", "").statusCode(), "a whole unit takes no fraction");
        assertEquals(302, adjust(gresikId, "1", "tambah", "LAINNYA", "ketemu di gudang").statusCode());
        assertEquals(0, before.subtract(BigDecimal.ONE).compareTo(BackOffice.stock(gresikId)));
        assertTrue(admin.get("/stok/penyesuaian").body().contains("ketemu di gudang"));
    }

    private static String start(String category) throws SQLException {
        admin.get("/stok/opname");
        HttpResponse<String> started = admin.post("/stok/opname/mulai", Map.of("categoryId", category, "note", "uji"));
        assertEquals(302, started.statusCode(), started.body());
        return BackOffice.location(started).replaceAll(".*id=", "");
    }

    private static HttpResponse<String> count(String countId, String productId, String counted) {
        return admin.post("/stok/opname/catat", Map.of("id", countId, "productId", productId, "counted", counted));
    }

    private static HttpResponse<String> adjust(String productId, String quantity, String direction, String reason,
                                               String note) {
        return admin.post("/stok/penyesuaian/simpan", Map.of("productId", productId, "quantity", quantity,
                "direction", direction, "reason", reason, "note", note));
    }

    private static String adminId() throws SQLException {
        return ItServer.query("SELECT id FROM app_user WHERE username = 'admin'");
    }
}
