package id.cermin.customer;

import id.cermin.testing.CartForm;
import id.cermin.testing.ItServer;
import id.cermin.testing.ShopSetup;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contractor's account over HTTP against a running store, and on the hub after a mirror
 * run: two bons, two partial payments settling the oldest bon first, the balance derived
 * the same on both nodes, the statement and the aging report; an overpayment refused and a
 * mistaken payment taken back; a return of a bon sale credited to the account.
 */
class CreditHttpIT {

    private static WebSession owner;
    private static WebSession kasir;
    private static ShopSetup shop;
    private static String kabel;

    @BeforeAll
    static void shop() throws SQLException {
        String base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        shop = new ShopSetup(owner);
        kabel = shop.kabel(ShopSetup.barcode());
    }

    @Test
    void twoPartialPaymentsSettleTheOldestBonAndTheHubDerivesTheSameBalance() throws SQLException {
        String customer = shop.customer("CV Bangun Uji", "KONTRAKTOR", "5.000.000");
        // Bon A: 2 roll (750.000), 150.000 cash, 600.000 on the account; bon B: 1 roll, all on the account.
        String bonA = sale(CartForm.fresh().customer(customer).line(kabel, "roll", "2", "").cash("150.000")
                .pay("BON", "600.000", ""));
        String bonB = sale(CartForm.fresh().customer(customer).line(kabel, "roll", "1", "").pay("BON", "375.000", ""));
        assertEquals(975_000, ShopSetup.owed(ItServer.DATABASE, customer));

        String first = pay(customer, "300.000", "TUNAI");
        String second = pay(customer, "450.000", "TRANSFER");
        assertTrue(kasir.get("/pelanggan/kuitansi?id=" + second).body().contains("Rp 225.000"),
                "the payment's receipt says what is still owed");
        assertEquals(225_000, ShopSetup.owed(ItServer.DATABASE, customer));

        Document statement = WebSession.html(kasir.get("/pelanggan/rekening?id=" + customer));
        assertEquals("Rp 225.000", statement.getElementById("statement-closing").text());
        assertEquals("Rp 975.000", statement.getElementById("statement-charged").text());
        assertEquals("Rp 750.000", statement.getElementById("statement-paid").text());
        String open = statement.getElementById("open-bons").select("tbody").text();
        String receiptB = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + bonB + "'");
        String receiptA = ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + bonA + "'");
        assertTrue(open.contains(receiptB) && open.contains("Rp 225.000") && !open.contains(receiptA),
                "bon A is settled first, bon B is partly open: " + open);

        Document aging = WebSession.html(owner.get("/laporan/piutang"));
        String row = aging.select("#aging-report tbody tr:contains(CV Bangun Uji)").text();
        assertTrue(row.contains("Rp 225.000"), "aged 0–30 days: " + row);

        HttpResponse<String> tooMuch = owner.postForm("/pelanggan/bayar", "key=" + UUID.randomUUID()
                + "&customerId=" + customer + "&amount=300.000&method=TUNAI");
        assertEquals(422, tooMuch.statusCode());
        assertTrue(WebSession.html(tooMuch).select("#e-amount").text().contains("Rp 225.000"));

        syncCustomer(customer);
        assertEquals(225_000, ShopSetup.owed(ItServer.HUB_DATABASE, customer), "the hub derives the same balance");
        for (String id : new String[] {first, second}) {
            assertEquals("1", ItServer.hubQuery("SELECT COUNT(*) FROM customer_payment WHERE id = '" + id + "'"));
        }
        assertEquals(ItServer.query("SELECT credit_limit FROM customer WHERE id = '" + customer + "'"),
                ItServer.hubQuery("SELECT credit_limit FROM customer WHERE id = '" + customer + "'"));
    }

    @Test
    void aMistakenPaymentIsTakenBackWithARowOfItsOwn() throws SQLException {
        String customer = shop.customer("Toko Koreksi", "GROSIR", "1.000.000");
        sale(CartForm.fresh().customer(customer).line(kabel, "roll", "1", "").pay("BON", "375.000", ""));
        String payment = pay(customer, "100.000", "QRIS");
        assertEquals(275_000, ShopSetup.owed(ItServer.DATABASE, customer));

        owner.get("/pelanggan/rekening?id=" + customer);
        String key = UUID.randomUUID().toString();
        Map<String, String> reverse = Map.of("id", payment, "key", key, "reason", "Salah pelanggan");
        assertEquals(302, owner.post("/pelanggan/bayar/batal", reverse).statusCode());
        assertEquals(302, owner.post("/pelanggan/bayar/batal", reverse).statusCode(), "sent twice, taken back once");
        assertEquals(375_000, ShopSetup.owed(ItServer.DATABASE, customer));
        assertEquals("-100000", ItServer.query("SELECT amount FROM customer_payment WHERE reverses_id = '" + payment + "'"));
        assertEquals(403, kasir.post("/pelanggan/bayar/batal", Map.of("id", payment, "key",
                UUID.randomUUID().toString(), "reason", "x")).statusCode(), "the back office takes payments back");
    }

    @Test
    void aReturnOfABonSaleIsCreditedToTheAccountAndPutsBackItsMetres() throws SQLException {
        String customer = shop.customer("Toko Retur", "GROSIR", "5.000.000");
        // Bon A: 2 roll less 5% on the sale = 712.500; bon B: 1 roll = 375.000; all on the account.
        String bonA = sale(CartForm.fresh().customer(customer).line(kabel, "roll", "2", "").saleDiscount("5%")
                .pay("BON", "712.500", ""));
        String bonB = sale(CartForm.fresh().customer(customer).line(kabel, "roll", "1", "").pay("BON", "375.000", ""));
        assertEquals(1_087_500, ShopSetup.owed(ItServer.DATABASE, customer));
        java.math.BigDecimal metres = new java.math.BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '"
                + kabel + "'"));

        Document form = WebSession.html(owner.get("/retur/penjualan?id=" + bonA));
        assertEquals("CREDIT", form.select("#f-settlement option").first().val(), "a bon sale is credited by default");
        String line = ItServer.query("SELECT id FROM sale_line WHERE sale_id = '" + bonA + "'");
        HttpResponse<String> returned = owner.postForm("/retur/penjualan", "key=" + UUID.randomUUID() + "&id=" + bonA
                + "&reason=kelebihan&restock=1&settlement=CREDIT&lineId=" + line + "&qty=1");
        assertEquals(302, returned.statusCode(), returned.body());
        assertEquals("356250|CREDIT", ItServer.query("SELECT CONCAT(refund, '|', settlement) FROM sale_return"
                + " WHERE sale_id = '" + bonA + "'"), "half of what the customer was charged for the line");
        assertEquals(0, metres.add(new java.math.BigDecimal("50")).compareTo(new java.math.BigDecimal(
                ItServer.query("SELECT stock FROM product WHERE id = '" + kabel + "'"))), "a roll is 50 m back");
        assertEquals(731_250, ShopSetup.owed(ItServer.DATABASE, customer), "the return came off the account");

        pay(customer, "400.000", "TUNAI");
        Document statement = WebSession.html(kasir.get("/pelanggan/rekening?id=" + customer));
        assertEquals("Rp 331.250", statement.getElementById("statement-closing").text());
        assertTrue(statement.getElementById("statement-lines").text().contains("Retur (dikreditkan)"),
                statement.getElementById("statement-lines").text());
        String open = statement.getElementById("open-bons").select("tbody").text();
        assertTrue(!open.contains(receiptNo(bonA)) && open.contains(receiptNo(bonB)) && open.contains("Rp 331.250"),
                "the return settled half of bon A, the payment the rest of it and 43.750 of bon B: " + open);
        assertEquals(331_250, ShopSetup.owed(ItServer.DATABASE, customer));

        String walkIn = sale(CartForm.fresh().line(kabel, "meter", "2", "").cash("16.000"));
        HttpResponse<String> refused = owner.postForm("/retur/penjualan", "key=" + UUID.randomUUID() + "&id=" + walkIn
                + "&reason=x&restock=1&settlement=CREDIT&lineId="
                + ItServer.query("SELECT id FROM sale_line WHERE sale_id = '" + walkIn + "'") + "&qty=1");
        assertEquals(422, refused.statusCode(), "no account to credit without a customer");

        syncCustomer(customer);
        assertEquals(331_250, ShopSetup.owed(ItServer.HUB_DATABASE, customer), "the hub derives the same balance");
    }

    private static String receiptNo(String saleId) throws SQLException {
        return ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + saleId + "'");
    }

    private static String sale(CartForm cart) {
        kasir.get("/kasir");
        HttpResponse<String> response = kasir.postForm("/kasir/bayar", cart.encoded());
        assertEquals(302, response.statusCode(), () -> WebSession.html(response).select("#checkout-error").text());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    private static String pay(String customer, String amount, String method) {
        kasir.get("/pelanggan/bayar?id=" + customer);
        HttpResponse<String> response = kasir.post("/pelanggan/bayar", Map.of("key", UUID.randomUUID().toString(),
                "customerId", customer, "amount", amount, "method", method));
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    /**
     * A mirror run from the store, then waits until the hub's server has applied every sale,
     * payment and return of the customer the store has (the run goes on in the background).
     */
    private static void syncCustomer(String customer) throws SQLException {
        owner.get("/sinkronisasi");
        assertEquals(302, owner.post("/sync", Map.of("back", "/sinkronisasi")).statusCode());
        String rows = "SELECT CONCAT((SELECT COUNT(*) FROM sale WHERE customer_id = '" + customer + "'), '/',"
                + " (SELECT COUNT(*) FROM customer_payment WHERE customer_id = '" + customer + "'), '/',"
                + " (SELECT COUNT(*) FROM sale_return r JOIN sale s ON s.id = r.sale_id WHERE s.customer_id = '"
                + customer + "'))";
        String onStore = ItServer.query(rows);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!onStore.equals(ItServer.hubQuery(rows)) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(onStore, ItServer.hubQuery(rows), "the hub applied the run");
    }

}
