package id.cermin.account;

import id.cermin.demo.DemoData;
import id.cermin.testing.DatabaseAccounts;
import id.cermin.testing.FreshNode;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.WebSession;
import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start of two real nodes without users, as an owner meets them: a hub, whose
 * owner is made on {@code /setup} with the code from the server log (once, however many
 * forms arrive at once) and then led to a first product and a first sale; and a store
 * mirrored with a hub, which makes no owner (and no units) of its own. Making the owner
 * adds the usual units only to a catalogue without any (FirstInstallHttpIT: an empty one). The store also shows that a login ends after its lifetime however busy it is,
 * and that failed logins are remembered across a restart; on the hub, where users are managed,
 * a new password ends the user's other sessions, except the owner's own that changed it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartHttpIT {

    private static final Pattern CODE_IN_LOG = Pattern.compile("set-up code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static final String OTHER_SAK_ID = "5a4e0000-0000-4000-8000-000000000001";
    private static final int LIFETIME_SECONDS = 40;
    private static FreshNode hub;
    private static FreshNode store;

    @BeforeAll
    static void startBoth() throws SQLException {
        // The hub's schema is made by an account with the rights server-config/database-accounts.sql
        // gives, and the hub reads and writes with one that has rows only. Its database already has a
        // unit "sak" of its own: making the owner must leave that catalogue alone.
        ItDatabase.freshDatabase("fresh_hub");
        ItDatabase.server().account("fresh_hub_schema", "schema-1", DatabaseAccounts.schemaRights("fresh_hub"));
        ItDatabase.server().account("fresh_hub_rows", "rows-1", DatabaseAccounts.rowRights("fresh_hub"));
        Flyway.configure().dataSource(ItDatabase.server().jdbcUrl("fresh_hub"), "fresh_hub_schema", "schema-1")
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = ItDatabase.connect("fresh_hub")) {
            c.createStatement().execute("SET @cermin_origin = ''");
            c.createStatement().execute("INSERT INTO unit (id, code, allows_fraction, created_at, updated_at,"
                    + " row_version, origin_node) VALUES ('" + OTHER_SAK_ID + "', 'sak', FALSE, NOW(), NOW(), 7, 'X')");
        }
        ItDatabase.freshDatabase("fresh_store");
        hub = FreshNode.launch("HUB", "hub", "fresh_hub", Map.of("CERMIN_DB_USER", "fresh_hub_rows",
                "CERMIN_DB_PASSWORD", "rows-1", "CERMIN_MIGRATION_DB_USER", "fresh_hub_schema",
                "CERMIN_MIGRATION_DB_PASSWORD", "schema-1"));
        store = FreshNode.launch("S7", "store", "fresh_store",
                Map.of("CERMIN_SESSION_MAX_AGE", Integer.toString(LIFETIME_SECONDS)));
        hub.awaitReady();
        store.awaitReady();
    }

    @AfterAll
    static void stopBoth() {
        if (hub != null) {
            hub.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void theSetupNeedsTheCodeFromTheServerLog() throws SQLException {
        assertNotNull(setupCode(), "the log tells the code:\n" + hub.log());
        WebSession visitor = new WebSession(hub.baseUrl());
        assertEquals("/setup", visitor.get("/login").headers().firstValue("Location").orElseThrow());
        Document form = WebSession.html(visitor.get("/setup"));
        assertNotNull(form.selectFirst("input[name=code]"));
        for (String code : new String[] {"", "ABCD-EFGH-JKMN", setupCode().substring(0, 9)}) {
            HttpResponse<String> refused = visitor.post("/setup", owner("pemilik", code));
            assertEquals(422, refused.statusCode());
            assertTrue(refused.body().contains("Kode set-up salah"), refused.body());
        }
        assertEquals("0", hub.query("SELECT COUNT(*) FROM app_user"), "no owner without the code");
    }

    @Test
    @Order(2)
    void setupFormsSentAllAtOnceMakeOneOwner() throws Exception {
        int forms = 8;
        List<WebSession> browsers = new ArrayList<>();
        for (int i = 0; i < forms; i++) {
            WebSession browser = new WebSession(hub.baseUrl());
            browser.get("/setup");
            browsers.add(browser);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(forms);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < forms; i++) {
                WebSession browser = browsers.get(i);
                Map<String, String> form = owner("pemilik" + i, setupCode().toLowerCase());
                Callable<Integer> send = () -> {
                    start.await();
                    return browser.post("/setup", form).statusCode();
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            int created = 0;
            for (Future<Integer> answer : answers) {
                created += answer.get() == 302 ? 1 : 0;
            }
            assertEquals(1, created, "one form made the owner");
        } finally {
            pool.shutdown();
        }
        assertEquals("1", hub.query("SELECT COUNT(*) FROM app_user"));
        assertEquals("OWNER", hub.query("SELECT role FROM app_user"));
        assertNotNull(hub.query("SELECT owner_created_at FROM node_setup"));
    }

    @Test
    @Order(3)
    void theOwnerLeavesACatalogueWithUnitsAsItIsAndAStoreMakesNoUnitsOfItsOwn() throws SQLException {
        assertEquals(OTHER_SAK_ID, hub.query("SELECT GROUP_CONCAT(id) FROM unit"),
                "the hub had a unit already: making the owner added none");
        assertEquals("0", store.query("SELECT COUNT(*) FROM unit"), "a store takes its units from the hub");
    }

    @Test
    @Order(4)
    void theDashboardLeadsTheNewOwnerToAFirstProductAndAFirstSale() throws SQLException {
        String ownerName = hub.query("SELECT username FROM app_user");
        WebSession owner = WebSession.loggedIn(hub.baseUrl(), ownerName, "rahasia-pemilik-1");
        Document start = WebSession.html(owner.get("/"));
        assertNotNull(start.getElementById("first-steps"), "the first steps are shown");
        assertFalse(start.getElementById("step-category").hasClass("done"));

        owner.get("/pengaturan");
        assertEquals(302, owner.post("/pengaturan", Map.of("name", "Toko Baru", "address", "Jl. Baru 1",
                "phone", "0812", "footer", "Terima kasih", "timeZone", "Asia/Jakarta")).statusCode());
        owner.get("/kategori");
        assertEquals(302, owner.post("/kategori/simpan", Map.of("name", "Semen")).statusCode());
        String categoryId = hub.query("SELECT id FROM category");
        assertTrue(WebSession.html(owner.get("/")).getElementById("step-category").hasClass("done"));

        owner.get("/barang/baru");
        HttpResponse<String> product = owner.post("/barang/simpan", Map.of("id", "", "barcode", "", "name",
                "Semen Baru 40 kg", "categoryId", categoryId, "unitCode", "sak", "costPrice", "50000",
                "sellPrice", "60000", "minStock", "5"));
        assertEquals(302, product.statusCode(), "a unit was there to choose: " + product.body());
        String productId = hub.query("SELECT id FROM product");
        owner.get("/barang-masuk");
        assertEquals(302, owner.postForm("/barang-masuk/simpan", "key=" + UUID.randomUUID() + "&supplier=Pabrik"
                + "&note=&productId=" + productId + "&qty=10&cost=50000").statusCode());
        assertNotNull(WebSession.html(owner.get("/")).getElementById("first-steps"), "no sale yet");

        owner.get("/kasir");
        assertEquals(302, owner.postRepeated("/kasir/bayar", UUID.randomUUID().toString(), List.of(productId),
                List.of("2"), "120000", Map.of()).statusCode());
        assertNull(WebSession.html(owner.get("/")).getElementById("first-steps"), "done: the steps go away");
    }

    @Test
    @Order(5)
    void aStoreWithAHubMakesNoOwnerOfItsOwn() throws SQLException {
        WebSession visitor = new WebSession(store.baseUrl());
        Document page = WebSession.html(visitor.get("/setup"));
        assertNotNull(page.getElementById("setup-from-hub"), page.body().text());
        assertNull(page.selectFirst("form input[name=username]"), "no form to make an owner");
        assertEquals(403, visitor.postRaw("/setup", owner("pemilik", "ABCD-EFGH-JKMN")).statusCode());
        assertEquals("0", store.query("SELECT COUNT(*) FROM app_user"));
        assertFalse(CODE_IN_LOG.matcher(store.log()).find(), "no code to print");
    }

    @Test
    @Order(6)
    void aLoginEndsAfterItsLifetimeHoweverBusy() throws Exception {
        try (Connection c = store.connect()) {
            DemoData.load(c, "S7");
        }
        // The server's login time lies between these two: within the lifetime counted from the first,
        // past it counted from the second, however slow the login was.
        long beforeLogin = System.nanoTime();
        WebSession cashier = WebSession.loggedIn(store.baseUrl(), "kasir", "kasir123");
        long afterLogin = System.nanoTime();
        int busy = 0;
        while (seconds(beforeLogin) < LIFETIME_SECONDS - 3) {
            assertEquals(200, cashier.get("/kasir").statusCode(), "busy within the lifetime");
            busy++;
            Thread.sleep(1000);
        }
        assertTrue(busy > 0, "the login took the whole lifetime; nothing was tried");
        Thread.sleep(Math.max(0, (LIFETIME_SECONDS + 1 - seconds(afterLogin)) * 1000));
        HttpResponse<String> late = cashier.get("/kasir");
        assertEquals(302, late.statusCode(), "signed out after " + LIFETIME_SECONDS + " s");
        assertTrue(late.headers().firstValue("Location").orElseThrow().startsWith("/login"));
    }

    @Test
    @Order(7)
    void failedLoginsAreRememberedAcrossARestart() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(200, new WebSession(store.baseUrl()).login("admin", "salah-" + i).statusCode());
        }
        store.restart();
        assertEquals(200, new WebSession(store.baseUrl()).login("admin", "salah-6").statusCode(), "checked");
        assertEquals(429, new WebSession(store.baseUrl()).login("admin", "admin123").statusCode(),
                "the sixth failure, counted on top of the five before the restart, makes the next one wait");
    }

    @Test
    @Order(8)
    void onTheHubANewPasswordEndsTheUsersOtherSessionsButNotTheOwnersOwn() throws SQLException {
        String ownerName = hub.query("SELECT username FROM app_user WHERE role = 'OWNER'");
        WebSession here = WebSession.loggedIn(hub.baseUrl(), ownerName, "rahasia-pemilik-1");
        WebSession elsewhere = WebSession.loggedIn(hub.baseUrl(), ownerName, "rahasia-pemilik-1");
        here.get("/pengguna/baru");
        assertEquals(302, here.post("/pengguna/simpan", Map.of("username", "ganti", "fullName", "Uji Ganti",
                "role", "KASIR", "password", "ganti-lama-1")).statusCode());
        WebSession till = WebSession.loggedIn(hub.baseUrl(), "ganti", "ganti-lama-1");
        WebSession otherTill = WebSession.loggedIn(hub.baseUrl(), "ganti", "ganti-lama-1");
        assertEquals(200, till.get("/kasir").statusCode());
        changePassword(here, "ganti", "KASIR", "ganti-baru-2");
        assertEquals(302, till.get("/kasir").statusCode(), "ended");
        assertEquals(302, otherTill.get("/kasir").statusCode(), "ended too");

        changePassword(here, ownerName, "OWNER", "rahasia-pemilik-2");
        assertEquals(200, here.get("/pengguna").statusCode(), "the session that changed it goes on");
        assertEquals(302, elsewhere.get("/pengguna").statusCode(), "every other one ends");
    }

    private static void changePassword(WebSession by, String username, String role, String password)
            throws SQLException {
        String id = hub.query("SELECT id FROM app_user WHERE username = '" + username + "'");
        by.get("/pengguna/edit?id=" + id);
        HttpResponse<String> saved = by.post("/pengguna/simpan", Map.of("id", id, "username", username,
                "fullName", "Uji " + username, "role", role, "password", password));
        assertEquals(302, saved.statusCode(), saved.body());
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static Map<String, String> owner(String username, String code) {
        return Map.of("code", code, "username", username, "fullName", "Pemilik Baru", "password", "rahasia-pemilik-1");
    }

    private static String setupCode() {
        Matcher code = CODE_IN_LOG.matcher(hub.log());
        return code.find() ? code.group(1) : null;
    }
}
