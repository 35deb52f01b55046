package id.cermin.supplier;

import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import id.cermin.web.Format;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suppliers and what is owed to them, over HTTP: goods received on credit are owed until
 * paid, partial payments and goods sent back lower the debt, nobody pays more than is
 * owed, a payment from the drawer leaves the payer's till shift, and a receipt with
 * payments is no longer voided whole.
 */
class SupplierDebtHttpIT {

    private static WebSession admin;
    private static String supplierId;
    private static String semenId;

    @BeforeAll
    static void supplier() throws SQLException {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        admin.get("/pemasok/baru");
        HttpResponse<String> saved = admin.post("/pemasok/simpan", Map.of("name", "CV Baja Makmur",
                "phone", "0761-22334", "address", "Jl. Sudirman 12, Pekanbaru"));
        assertEquals(302, saved.statusCode(), saved.body());
        supplierId = ItServer.query("SELECT id FROM supplier WHERE name = 'CV Baja Makmur'");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Dynamix Serbaguna 40 kg'");
    }

    @Test
    void debtAfterPartialPaymentsAndAReturn() throws SQLException {
        String stockInId = receiveOnCredit(30, "10", "49.000");
        long total = 10 * 49_000;
        assertEquals("CV Baja Makmur", ItServer.query("SELECT supplier FROM stock_in WHERE id = '" + stockInId + "'"));
        assertEquals(Format.rupiah(total), owed(stockInId));

        assertEquals(302, pay(stockInId, "100.000", false).statusCode());
        assertEquals(302, pay(stockInId, "150000", false).statusCode());
        assertEquals(Format.rupiah(total - 250_000), owed(stockInId));

        HttpResponse<String> tooMuch = pay(stockInId, Long.toString(total), false);
        assertEquals(422, tooMuch.statusCode());
        assertTrue(WebSession.html(tooMuch).select("#pay-error").text().contains(Format.rupiah(total - 250_000)));

        BigDecimal before = BackOffice.stock(semenId);
        admin.get("/retur/pembelian?id=" + stockInId);
        HttpResponse<String> sentBack = admin.postForm("/retur/pembelian", "key=" + UUID.randomUUID() + "&id="
                + stockInId + "&reason=kantong+sobek&lineId=" + ItServer.query("SELECT id FROM stock_in_line"
                + " WHERE stock_in_id = '" + stockInId + "'") + "&qty=2");
        assertEquals(302, sentBack.statusCode(), sentBack.body());
        assertEquals(0, before.subtract(new BigDecimal("2")).compareTo(BackOffice.stock(semenId)));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM stock_movement m JOIN purchase_return r ON r.id = m.source_id"
                + " WHERE r.stock_in_id = '" + stockInId + "' AND m.kind = 'PURCHASE_RETURN' AND m.delta = -2"));
        long owedNow = total - 250_000 - 2 * 49_000;
        assertEquals(Format.rupiah(owedNow), owed(stockInId));

        long owedInAll = WebSession.html(admin.get("/pemasok/detail?id=" + supplierId)).select("#payables td.owed")
                .stream().mapToLong(cell -> Long.parseLong(cell.text().replaceAll("[^0-9-]", ""))).sum();
        Document list = WebSession.html(admin.get("/pemasok"));
        assertEquals(Format.rupiah(owedInAll), list.select("#suppliers tr:contains(CV Baja Makmur) td.owed").text(),
                "the list owes what the receipts owe");

        admin.get("/laporan/masuk");
        admin.post("/laporan/masuk/batal", Map.of("id", stockInId, "reason", "salah input"));
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM stock_in_void WHERE stock_in_id = '" + stockInId + "'"),
                "paid in part: not voided whole");

        assertEquals(302, pay(stockInId, Long.toString(owedNow), false).statusCode());
        assertEquals(0, WebSession.html(admin.get("/pemasok/detail?id=" + supplierId))
                .select("#payables tr[data-stock-in=" + stockInId + "]").size(), "paid off");
    }

    @Test
    void aPaymentFromTheDrawerNeedsAnOpenShiftAndLeavesIt() throws SQLException {
        String stockInId = receiveOnCredit(7, "1", "50.000");
        HttpResponse<String> noShift = pay(stockInId, "20.000", true);
        assertEquals(422, noShift.statusCode());
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM supplier_payment WHERE stock_in_id = '" + stockInId + "'"),
                "nothing paid when the drawer's cash cannot be recorded");

        Document till = WebSession.html(admin.get("/kasir/shift"));
        assertEquals(302, admin.post("/kasir/shift/buka", Map.of("key",
                till.selectFirst("#open-shift input[name=key]").attr("value"), "openingCash", "500000")).statusCode());
        assertEquals(302, pay(stockInId, "20.000", true).statusCode());
        assertEquals("OUT 20000", ItServer.query("SELECT CONCAT(m.direction, ' ', m.amount) FROM till_cash_move m"
                + " JOIN supplier_payment p ON p.idempotency_key = m.idempotency_key WHERE p.stock_in_id = '"
                + stockInId + "'"));
        Document open = WebSession.html(admin.get("/kasir/shift"));
        assertEquals(302, admin.post("/kasir/shift/tutup", Map.of("id",
                open.selectFirst("#close-shift input[name=id]").attr("value"), "countedCash", "480000")).statusCode());
    }

    @Test
    void creditNeedsASupplierRecordAndPaidNowOwesNothing() throws SQLException {
        admin.get("/barang-masuk");
        HttpResponse<String> refused = admin.postForm("/barang-masuk/simpan", "key=" + UUID.randomUUID()
                + "&supplierId=&supplier=Toko+Lain&creditDays=14&note=&productId=" + semenId + "&qty=1&cost=49000");
        assertEquals(422, refused.statusCode());
        String paidNow = receive(0, "1", "49000");
        assertEquals("0", ItServer.query("SELECT credit_days FROM stock_in WHERE id = '" + paidNow + "'"));
        assertEquals(0, WebSession.html(admin.get("/pemasok/detail?id=" + supplierId))
                .select("#payables tr[data-stock-in=" + paidNow + "]").size());
    }

    private static String receiveOnCredit(int days, String quantity, String cost) throws SQLException {
        String id = receive(days, quantity, cost);
        assertEquals(Integer.toString(days), ItServer.query("SELECT credit_days FROM stock_in WHERE id = '" + id + "'"));
        return id;
    }

    private static String receive(int days, String quantity, String cost) throws SQLException {
        admin.get("/barang-masuk");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> received = admin.postForm("/barang-masuk/simpan", "key=" + key + "&supplierId="
                + supplierId + "&supplier=&creditDays=" + days + "&note=&productId=" + semenId + "&qty=" + quantity
                + "&cost=" + cost);
        assertEquals(302, received.statusCode(), received.body());
        return ItServer.query("SELECT id FROM stock_in WHERE idempotency_key = '" + key + "'");
    }

    private static HttpResponse<String> pay(String stockInId, String amount, boolean fromDrawer) {
        Document page = WebSession.html(admin.get("/pemasok/detail?id=" + supplierId));
        String key = page.select("input[name=key]").isEmpty() ? UUID.randomUUID().toString()
                : page.selectFirst("input[name=key]").attr("value");
        Map<String, String> form = new java.util.HashMap<>(Map.of("key", key, "supplierId", supplierId,
                "stockInId", stockInId, "amount", amount));
        if (fromDrawer) {
            form.put("fromDrawer", "1");
        }
        return admin.post("/pemasok/bayar", form);
    }

    /** What is still owed on one receipt, as the supplier's page shows it. */
    private static String owed(String stockInId) {
        Document page = WebSession.html(admin.get("/pemasok/detail?id=" + supplierId));
        return page.select("#payables tr[data-stock-in=" + stockInId + "] td.owed").text();
    }
}
