package id.cermin.mirror;

import id.cermin.testing.ItServer;
import id.cermin.testing.TcpProxy;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mirror inside a real store server: the Sinkronkan button sends a counter sale to
 * the hub and brings a price edited on the hub back to the store's pages, the status
 * JSON tells the truth, and with the hub gone the counter sells as fast as before.
 */
class MirrorHttpIT {

    private static String lastOutcome;

    private static String base;
    private static WebSession admin;
    private static WebSession kasir;
    private static String semenId;

    @BeforeAll
    static void store() throws SQLException {
        base = ItServer.baseUrl();
        admin = WebSession.loggedIn(base, "admin", "admin123");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        kasir.get("/kasir");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Tiga Roda PCC 40 kg'");
    }

    @Test
    void aCounterSaleReachesTheHubAndAHubPriceEditReachesTheStore() throws SQLException {
        String saleId = sale();
        HttpResponse<String> sync = sync();
        assertEquals(302, sync.statusCode());
        assertTrue(lastOutcome.contains("Sinkronisasi selesai"), lastOutcome);
        awaitOnHub("SELECT COUNT(*) FROM sale WHERE id = '" + saleId + "'", "1");
        // The hub applies its inbox in chunks: the sale's lines and movements may land a moment after the sale.
        awaitOnHub("SELECT COUNT(*) FROM sale_line WHERE sale_id = '" + saleId + "'",
                ItServer.query("SELECT COUNT(*) FROM sale_line WHERE sale_id = '" + saleId + "'"));
        // The store's stock is its own shelf; the hub's product.stock is every store's together.
        awaitOnHub("SELECT SUM(delta) FROM stock_movement WHERE store_node = 'S9' AND product_id = '" + semenId + "'",
                ItServer.query("SELECT stock FROM product WHERE id = '" + semenId + "'"));

        try (var hub = id.cermin.testing.ItDatabase.connect(ItServer.HUB_DATABASE)) {
            id.cermin.testing.ShopWrites.setPrice(hub, "HUB", semenId, 61_500);
        }
        sync();
        assertEquals("61500", ItServer.query("SELECT sell_price FROM product WHERE id = '" + semenId + "'"));
        assertTrue(admin.get("/barang?q=semen+tiga+roda").body().contains("61.500"), "the product list shows it");
    }

    @Test
    void theStatusSaysWhatIsWaitingAndTheCounterSellsWithTheHubGone() throws SQLException {
        sync();
        TcpProxy link = ItServer.hubLink();
        String idle = admin.get("/api/mirror/status").body();
        assertTrue(idle.contains("\"pendingOut\":0"), idle);
        assertTrue(idle.contains("\"hubReachable\":true"), idle);
        assertTrue(idle.contains("\"node\":\"S9\""), idle);

        long before = timeSales(5);
        link.refuse(true);
        link.cutAll();
        try {
            HttpResponse<String> failed = sync();
            assertEquals(302, failed.statusCode());
            assertTrue(lastOutcome.contains("Pusat tidak dapat dihubungi"), lastOutcome);
            long during = timeSales(5);
            System.out.printf("checkout with the hub reachable: %d ms for 5 sales; hub unreachable: %d ms%n",
                    before, during);
            String status = admin.get("/api/mirror/status").body();
            assertTrue(status.contains("\"hubReachable\":false"), status);
            assertTrue(status.matches("(?s).*\"pendingOut\":(1[0-9]|[2-9][0-9]|[0-9]{3,}).*"),
                    "5 sales x (sale + line + movement + ...) are waiting: " + status);
            assertTrue(admin.get("/").body().contains("tidak dapat dihubungi"), "the dashboard shows it");
        } finally {
            link.refuse(false);
        }
        sync();
        String after = admin.get("/api/mirror/status").body();
        assertTrue(after.contains("\"pendingOut\":0"), after);
        assertTrue(after.contains("\"lastError\":null"), after);
    }

    @Test
    void theButtonAnswersAtOnceWhenTheHubIsFrozenAndThePageFollowsTheRun() throws SQLException {
        TcpProxy link = ItServer.hubLink();
        link.blackHole(true);
        try {
            admin.get("/sinkronisasi");
            long start = System.nanoTime();
            HttpResponse<String> pressed = admin.post("/sync", Map.of("back", "/sinkronisasi"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Sinkronkan with the hub frozen answered in %d ms%n", millis);
            assertEquals(302, pressed.statusCode());
            assertTrue(millis < 2_000, "the button answers within 2 s: " + millis + " ms");
            String running = admin.get("/sinkronisasi").body();
            assertTrue(running.contains("id=\"sync-running\""), "the page says the run is going on");
            assertTrue(running.contains("/static/js/sync-watch.js"), "and follows it by itself");
        } finally {
            link.blackHole(false);
            link.cutAll();
        }
        assertTrue(outcomePage().contains("Sinkronisasi"), "the run's outcome is shown once it ends");
    }

    @Test
    void aSaleReachesTheHubSoonAfterItIsCommittedWithoutTheButton() throws SQLException {
        sync();
        long start = System.nanoTime();
        String saleId = sale();
        awaitOnHub("SELECT COUNT(*) FROM sale WHERE id = '" + saleId + "'", "1");
        System.out.printf("a counter sale was in the hub's database %d ms after the checkout began%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theDashboardWarnsWhenThisComputersClockIsOffTheHubs() throws SQLException {
        sync();
        assertFalse(admin.get("/").body().contains("id=\"mirror-clock\""), "no warning while the clocks agree");
        try (var c = id.cermin.testing.ItDatabase.connect(ItServer.DATABASE)) {
            c.createStatement().executeUpdate("UPDATE mirror_clock SET offset_ms = -10800000 WHERE id = 1");
            String dashboard = admin.get("/").body();
            assertTrue(dashboard.contains("id=\"mirror-clock\""), "the node panel warns");
            assertTrue(admin.get("/api/mirror/status").body().contains("\"clockOffsetSeconds\":-10800"));
        } finally {
            sync();
        }
    }

    @Test
    void aCashierCannotSyncOrReadTheStatus() {
        assertEquals(403, kasir.post("/sync", Map.of()).statusCode());
        assertEquals(403, kasir.get("/api/mirror/status").statusCode());
        assertEquals(403, admin.postRaw("/sync", Map.of()).statusCode(), "without the CSRF token");
    }

    /** The hub's server applies what arrived a moment after the store sent it. */
    private static void awaitOnHub(String sql, String expected) throws SQLException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!expected.equals(ItServer.hubQuery(sql)) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(expected, ItServer.hubQuery(sql), () -> {
            try {
                return "held at the hub: " + ItServer.hubQuery("SELECT GROUP_CONCAT(reason) FROM mirror_error")
                        + "; waiting in its inbox: " + ItServer.hubQuery("SELECT COUNT(*) FROM mirror_inbox")
                        + "; last runs: " + ItServer.query("SELECT GROUP_CONCAT(CONCAT(trigger_kind, ' ', result, ' ',"
                        + " pushed, '/', pulled, ' ', COALESCE(error, '')) ORDER BY started_at DESC SEPARATOR ' | ')"
                        + " FROM mirror_run");
            } catch (SQLException e) {
                return e.getMessage();
            }
        });
    }

    /** The page once the button's run has ended (what sync-watch.js waits for), with the run's outcome. */
    private static String outcomePage() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            String page = admin.get("/sinkronisasi").body();
            if (!page.contains("id=\"sync-running\"") || System.currentTimeMillis() > deadline) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return page;
            }
        }
    }

    /** Presses Sinkronkan and waits for the run to end (the button itself answers at once). */
    private static HttpResponse<String> sync() {
        admin.get("/sinkronisasi");
        HttpResponse<String> pressed = admin.post("/sync", Map.of("back", "/sinkronisasi"));
        lastOutcome = outcomePage();
        return pressed;
    }

    private static String sale() {
        HttpResponse<String> response = kasir.postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(semenId), List.of("1"), "100000", Map.of());
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    private static long timeSales(int n) {
        List<Long> times = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sale();
        }
        times.add(System.nanoTime() - start);
        return times.get(0) / 1_000_000;
    }
}
