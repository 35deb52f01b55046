package id.cermin.returns;

import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Returns over HTTP on a running store with its hub: a partial return puts back exactly
 * the quantity returned and pays back exactly its money, never more than was sold, is
 * shown on the sale, and reaches the hub once however often the mirror runs.
 */
class SaleReturnHttpIT {

    private static WebSession admin;
    private static WebSession kasir;
    private static String semenId;
    private static String kabelId;
    private static long kabelPrice;

    @BeforeAll
    static void logIn() throws SQLException {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        kasir = WebSession.loggedIn(ItServer.baseUrl(), "kasir", "kasir123");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
        kabelId = ItServer.query("SELECT id FROM product WHERE unit_code = 'meter' ORDER BY name LIMIT 1");
        kabelPrice = BackOffice.number("SELECT sell_price FROM product WHERE id = '" + kabelId + "'");
    }

    @Test
    void aPartialReturnRestoresExactlyWhatCameBackAndIsMirroredOnce() throws SQLException {
        String saleId = BackOffice.sell(kasir, List.of(semenId, kabelId), List.of("3", "2,5"), "2.000.000");
        BigDecimal semenAfterSale = BackOffice.stock(semenId);
        BigDecimal kabelAfterSale = BackOffice.stock(kabelId);
        long semenPrice = BackOffice.number("SELECT unit_price FROM sale_line WHERE sale_id = '" + saleId
                + "' AND line_no = 1");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> returned = returnLines(saleId, key, "1", "1,3", "salah ukuran");
        assertEquals(302, returned.statusCode(), returned.body());
        String returnId = BackOffice.location(returned).replaceAll(".*id=", "");
        long kabelPart = new BigDecimal("1.3").multiply(BigDecimal.valueOf(kabelPrice))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(semenPrice + kabelPart, BackOffice.number("SELECT refund FROM sale_return WHERE id = '"
                + returnId + "'"), "the money of what came back, at the price it was sold for");
        assertEquals(0, semenAfterSale.add(BigDecimal.ONE).compareTo(BackOffice.stock(semenId)));
        assertEquals(0, kabelAfterSale.add(new BigDecimal("1.3")).compareTo(BackOffice.stock(kabelId)));
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_movement WHERE source_id = '" + returnId
                + "' AND kind = 'SALE_RETURN' AND store_node = 'S9'"));

        assertEquals(302, returnLines(saleId, key, "1", "1,3", "salah ukuran").statusCode());
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM sale_return WHERE sale_id = '" + saleId + "'"),
                "the same form twice returns once");

        HttpResponse<String> tooMuch = returnLines(saleId, UUID.randomUUID().toString(), "0", "1,3", "lagi");
        assertEquals(422, tooMuch.statusCode(), "only 1,2 m is left");
        assertTrue(WebSession.html(tooMuch).select("#return-error").text().contains("melebihi sisa"));

        HttpResponse<String> rest = returnLines(saleId, UUID.randomUUID().toString(), "0", "1,2", "sisa");
        assertEquals(302, rest.statusCode(), rest.body());
        long kabelLine = BackOffice.number("SELECT line_total FROM sale_line WHERE sale_id = '" + saleId
                + "' AND line_no = 2");
        assertEquals(kabelLine, BackOffice.number("SELECT SUM(l.line_total) FROM sale_return_line l"
                + " JOIN sale_return r ON r.id = l.return_id WHERE r.sale_id = '" + saleId + "' AND l.product_id = '"
                + kabelId + "'"), "the returns of a line add up to exactly the line");
        assertEquals(0, kabelAfterSale.add(new BigDecimal("2.5")).compareTo(BackOffice.stock(kabelId)));

        Document detail = WebSession.html(admin.get("/laporan/keluar/detail?id=" + saleId));
        assertEquals(2, detail.select("#sale-returns tbody tr").size(), "the sale shows its returns");
        String reprint = detail.selectFirst("#reprint").attr("href");
        assertEquals("SALINAN", WebSession.html(admin.get(reprint.substring(reprint.indexOf("/kasir"))))
                .selectFirst("#receipt-copy").text(), "reprinted from the sale's detail as a copy");
        Document receipt = WebSession.html(admin.get("/retur/nota?id=" + returnId));
        assertTrue(receipt.select("#receipt").text().contains("NOTA RETUR"));
        assertEquals(id.cermin.web.Format.rupiah(semenPrice + kabelPart), receipt.selectFirst("#return-refund").text());

        admin.get("/laporan/keluar");
        assertEquals(302, admin.post("/laporan/keluar/batal", Map.of("id", saleId, "reason", "batal")).statusCode());
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM sale_void WHERE sale_id = '" + saleId + "'"),
                "a sale with returns is not voided whole");

        sync();
        awaitOnHub("SELECT COUNT(*) FROM sale_return WHERE sale_id = '" + saleId + "'", "2");
        sync();
        sync();
        assertEquals("2", ItServer.hubQuery("SELECT COUNT(*) FROM sale_return WHERE sale_id = '" + saleId + "'"));
        assertEquals("3", ItServer.hubQuery("SELECT COUNT(*) FROM sale_return_line l JOIN sale_return r"
                + " ON r.id = l.return_id WHERE r.sale_id = '" + saleId + "'"));
        assertEquals("3", ItServer.hubQuery("SELECT COUNT(*) FROM stock_movement m JOIN sale_return r ON r.id = m.source_id"
                + " WHERE r.sale_id = '" + saleId + "' AND m.kind = 'SALE_RETURN'"), "moved once on the hub too");
        assertEquals(ItServer.query("SELECT SUM(refund) FROM sale_return WHERE sale_id = '" + saleId + "'"),
                ItServer.hubQuery("SELECT SUM(refund) FROM sale_return WHERE sale_id = '" + saleId + "'"));
    }

    @Test
    void damagedGoodsComeBackAndAreWrittenOff() throws SQLException {
        String saleId = BackOffice.sell(kasir, List.of(semenId), List.of("2"), "200000");
        BigDecimal afterSale = BackOffice.stock(semenId);
        admin.get("/retur/penjualan?id=" + saleId);
        HttpResponse<String> returned = admin.postForm("/retur/penjualan", "key=" + UUID.randomUUID() + "&id=" + saleId
                + "&reason=pecah&settlement=CASH&lineId=" + line(saleId, 1) + "&qty=1");
        assertEquals(302, returned.statusCode(), returned.body());
        assertEquals(0, afterSale.compareTo(BackOffice.stock(semenId)), "back in, then written off");
        String returnId = BackOffice.location(returned).replaceAll(".*id=", "");
        assertEquals("RUSAK -1.000", ItServer.query("SELECT CONCAT(reason, ' ', delta) FROM stock_adjustment"
                + " WHERE note = (SELECT CONCAT('Retur ', reference) FROM sale_return WHERE id = '" + returnId + "')"));
    }

    @Test
    void aVoidedSaleCannotBeReturned() throws SQLException {
        String saleId = BackOffice.sell(kasir, List.of(semenId), List.of("1"), "100000");
        admin.get("/laporan/keluar");
        assertEquals(302, admin.post("/laporan/keluar/batal", Map.of("id", saleId, "reason", "salah")).statusCode());
        HttpResponse<String> refused = returnLines(saleId, UUID.randomUUID().toString(), "1", null, "x");
        assertEquals(422, refused.statusCode());
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM sale_return WHERE sale_id = '" + saleId + "'"));
    }

    private static HttpResponse<String> returnLines(String saleId, String key, String semen, String kabel,
                                                    String reason) throws SQLException {
        admin.get("/retur/penjualan?id=" + saleId);
        StringBuilder form = new StringBuilder("key=" + key + "&id=" + saleId + "&reason=" + reason
                + "&restock=1&settlement=CASH&lineId=" + line(saleId, 1) + "&qty=" + semen);
        if (kabel != null) {
            form.append("&lineId=").append(line(saleId, 2)).append("&qty=").append(kabel.replace(",", "%2C"));
        }
        return admin.postForm("/retur/penjualan", form.toString());
    }

    private static String line(String saleId, int lineNo) throws SQLException {
        return ItServer.query("SELECT id FROM sale_line WHERE sale_id = '" + saleId + "' AND line_no = " + lineNo);
    }

    private static void sync() {
        admin.get("/sinkronisasi");
        assertEquals(302, admin.post("/sync", Map.of("back", "/sinkronisasi")).statusCode());
    }

    /** The hub's server applies what arrived a moment after the store sent it. */
    private static void awaitOnHub(String sql, String expected) throws SQLException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!expected.equals(ItServer.hubQuery(sql)) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(expected, ItServer.hubQuery(sql), () -> WebSession.html(admin.get("/sinkronisasi")).text());
    }
}
