package id.cermin.till;

import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import id.cermin.web.Format;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing the till over HTTP: the cash expected at the close is the opening cash plus the
 * cash received for the shift's sales, less the change given, plus cash put in, less cash
 * taken out; the difference to the cash counted is recorded; a cashier sees and reprints
 * their own sales of today; the owner sees every shift. Of a sale paid in several ways only
 * its cash goes into the drawer, and so does a bon paid in cash.
 */
class TillShiftHttpIT {

    private static WebSession cashier;
    private static WebSession owner;
    private static String semenId;

    @BeforeAll
    static void openTill() throws SQLException {
        cashier = BackOffice.newCashier("kasirshift");
        owner = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Tiga Roda PCC 40 kg'");
    }

    @Test
    void theShiftReportsExpectedCashAndTheDifferenceCounted() throws SQLException {
        Document page = WebSession.html(cashier.get("/kasir/shift"));
        String key = page.selectFirst("#open-shift input[name=key]").attr("value");
        assertEquals(302, cashier.post("/kasir/shift/buka", Map.of("key", key, "openingCash", "200.000")).statusCode());
        assertEquals(302, cashier.post("/kasir/shift/buka", Map.of("key", key, "openingCash", "200.000")).statusCode(),
                "the same form twice");
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM till_shift s JOIN app_user u ON u.id = s.cashier_id"
                + " WHERE u.username = 'kasirshift'"));

        String first = BackOffice.sell(cashier, List.of(semenId), List.of("1"), "100.000");
        String second = BackOffice.sell(cashier, List.of(semenId), List.of("2"), "150.000");
        long received = 100_000 + 150_000;
        long change = BackOffice.number("SELECT SUM(change_due) FROM sale WHERE id IN ('" + first + "', '" + second + "')");
        cashMove("IN", "50.000", "tambah uang kecil");
        cashMove("OUT", "20.000", "ongkos bongkar");
        long expected = 200_000 + received - change + 50_000 - 20_000;

        Document open = WebSession.html(cashier.get("/kasir/shift"));
        assertEquals(Format.rupiah(expected), open.selectFirst("#expected-cash").text());
        String shiftId = open.selectFirst("#close-shift input[name=id]").attr("value");

        HttpResponse<String> closed = cashier.post("/kasir/shift/tutup", Map.of("id", shiftId,
                "countedCash", Long.toString(expected - 1_500), "note", "kurang receh"));
        assertEquals(302, closed.statusCode(), closed.body());
        assertEquals(expected + " " + (expected - 1_500), ItServer.query("SELECT CONCAT(expected_cash, ' ', counted_cash)"
                + " FROM till_shift_close WHERE shift_id = '" + shiftId + "'"));

        Document report = WebSession.html(cashier.get(BackOffice.location(closed)));
        org.junit.jupiter.api.Assertions.assertNotNull(report.selectFirst("#report-expected"),
                () -> BackOffice.location(closed) + ": " + report.text());
        assertEquals(Format.rupiah(expected), report.selectFirst("#report-expected").text());
        assertEquals(Format.rupiah(-1_500), report.selectFirst("#report-difference").text());
        assertEquals(Format.rupiah(received), report.selectFirst("#cash-received").text());
        assertEquals(Format.rupiah(-change), report.selectFirst("#change-given").text());
        assertTrue(report.select("#shift-cash").text().contains("ongkos bongkar"));

        assertEquals(422, cashier.post("/kasir/shift/tutup", Map.of("id", shiftId, "countedCash", "0")).statusCode(),
                "closed once");
        Document all = WebSession.html(owner.get("/laporan/shift"));
        assertTrue(all.select("#shifts").text().contains("Kasir kasirshift"));
        assertTrue(all.select("#shifts").text().contains(Format.rupiah(-1_500)), "the owner sees the difference");

        WebSession other = WebSession.loggedIn(ItServer.baseUrl(), "kasir", "kasir123");
        assertEquals(404, other.get("/kasir/shift/laporan?id=" + shiftId).statusCode(), "not another cashier's");

        Document history = WebSession.html(cashier.get("/kasir/riwayat"));
        assertEquals(2, history.select("#own-sales tbody tr a.reprint").size());
        String copy = history.selectFirst("#own-sales a.reprint").attr("href");
        Document reprint = WebSession.html(cashier.get(copy.substring(copy.indexOf("/kasir"))));
        assertEquals("SALINAN", reprint.selectFirst("#receipt-copy").text());
    }

    @Test
    void onlyCashGoesIntoTheDrawerAndBonsPaidInCashToo() throws SQLException {
        WebSession split = BackOffice.newCashier("kasirsplit");
        Document page = WebSession.html(split.get("/kasir/shift"));
        assertEquals(302, split.post("/kasir/shift/buka", Map.of("key",
                page.selectFirst("#open-shift input[name=key]").attr("value"), "openingCash", "100.000")).statusCode());
        String budi = ItServer.query("SELECT id FROM customer WHERE name = 'Pak Budi Santoso'");
        // 2 sak at Pak Budi's grosir price (57.000) = 114.000: 60.000 in cash (10.000 back), 40.000 QRIS, 24.000 bon.
        split.get("/kasir");
        HttpResponse<String> sold = split.postForm("/kasir/bayar", id.cermin.testing.CartForm.fresh().customer(budi)
                .line(semenId, "", "2", "").cash("60.000").pay("QRIS", "40.000", "").pay("BON", "24.000", "").encoded());
        assertEquals(302, sold.statusCode(), () -> WebSession.html(sold).select("#checkout-error").text());
        split.get("/pelanggan/bayar?id=" + budi);
        assertEquals(302, split.post("/pelanggan/bayar", Map.of("key", java.util.UUID.randomUUID().toString(),
                "customerId", budi, "amount", "10.000", "method", "TUNAI")).statusCode());

        Document open = WebSession.html(split.get("/kasir/shift"));
        assertEquals(Format.rupiah(100_000 + 60_000 - 10_000 + 10_000), open.selectFirst("#expected-cash").text());
        String shiftId = open.selectFirst("#close-shift input[name=id]").attr("value");
        Document report = WebSession.html(split.get("/kasir/shift/laporan?id=" + shiftId));
        assertEquals(Format.rupiah(60_000), report.selectFirst("#cash-received").text());
        assertEquals(Format.rupiah(10_000), report.selectFirst("#bon-payments-cash").text());
        assertEquals(List.of("Tunai (1) Rp 50.000", "QRIS (1) Rp 40.000", "Bon (1) Rp 24.000"),
                report.select("#shift-takings tr").stream().skip(1).map(org.jsoup.nodes.Element::text).toList());
    }

    @Test
    void cashMovesNeedAnOpenShiftAndAReason() throws SQLException {
        WebSession noShift = BackOffice.newCashier("kasirtanpashift");
        Document page = WebSession.html(noShift.get("/kasir/shift"));
        assertEquals(0, page.select("#cash-move").size());
        HttpResponse<String> refused = noShift.post("/kasir/shift/kas", Map.of("key", java.util.UUID.randomUUID().toString(),
                "direction", "OUT", "amount", "10000", "reason", "x"));
        assertEquals(422, refused.statusCode());
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM till_cash_move m JOIN app_user u ON u.id = m.moved_by"
                + " WHERE u.username = 'kasirtanpashift'"));
    }

    private static void cashMove(String direction, String amount, String reason) {
        Document page = WebSession.html(cashier.get("/kasir/shift"));
        String key = page.selectFirst("#cash-move input[name=key]").attr("value");
        assertEquals(302, cashier.post("/kasir/shift/kas", Map.of("key", key, "direction", direction, "amount", amount,
                "reason", reason)).statusCode());
    }
}
