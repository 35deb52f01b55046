package id.cermin.transfer;

import id.cermin.testing.BackOffice;
import id.cermin.testing.Browser;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutasi stok on a running store (S9) with its hub, over HTTP: goods sent to another
 * branch leave this shelf once however often the form is sent, with a surat jalan; goods
 * sent here are taken in once however often "Terima barang" is pressed, and only here;
 * both reach the hub.
 */
class TransferHttpIT {

    private static final String HERE = "S9";
    private static final String OTHER = "S8";
    private static WebSession admin;
    private static String semenId;
    private static String cashierId;

    @BeforeAll
    static void logIn() throws SQLException {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
        cashierId = ItServer.query("SELECT id FROM app_user WHERE username = 'admin'");
        // The branches, as the hub's roster makes them and the mirror brings them here.
        asIfMirrored("INSERT IGNORE INTO branch (id, node, name, created_at, updated_at, row_version, origin_node)"
                + " VALUES (UUID(), ?, 'Cabang Bekasi', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'HUB')", OTHER);
        asIfMirrored("INSERT IGNORE INTO branch (id, node, name, created_at, updated_at, row_version, origin_node)"
                + " VALUES (UUID(), ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'HUB')", HERE, HERE);
    }

    @Test
    void goodsSentLeaveThisShelfOnceWithASuratJalan() throws SQLException {
        BigDecimal before = BackOffice.stock(semenId);
        Document page = WebSession.html(admin.get("/mutasi/kirim"));
        assertNotNull(page.selectFirst("#f-toStore option[value=" + OTHER + "]"), "the other branch is offered");
        assertNull(page.selectFirst("#f-toStore option[value=" + HERE + "]"), "not this store itself");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> sent = send(key, "20");
        assertEquals(302, sent.statusCode(), sent.body());
        assertEquals(302, send(key, "20").statusCode(), "the same form sent again");
        String transferId = BackOffice.location(sent).replaceAll(".*id=", "");
        assertEquals(transferId, BackOffice.location(send(key, "20")).replaceAll(".*id=", ""));
        assertEquals(0, before.subtract(new BigDecimal(20)).compareTo(BackOffice.stock(semenId)), "out once");
        assertEquals(1, BackOffice.number("SELECT COUNT(*) FROM stock_movement WHERE kind = 'TRANSFER_OUT'"
                + " AND source_id = '" + transferId + "' AND store_node = '" + HERE + "'"));

        Document note = WebSession.html(admin.get("/mutasi/surat-jalan?id=" + transferId));
        assertTrue(note.getElementById("note-reference").text().startsWith(HERE + "-T-"));
        assertTrue(note.getElementById("note-to").text().contains("Cabang Bekasi"));
        assertEquals("20", note.select("#note-lines tbody td.num").get(1).text());
        assertNull(note.getElementById("receive-form"), "the sender does not take its own goods in");
        assertEquals("Dalam perjalanan", note.getElementById("note-status").text());

        HttpResponse<String> toItself = admin.postRepeated("/mutasi/kirim", UUID.randomUUID().toString(),
                List.of(semenId), List.of("1"), "", Map.of("toStore", HERE));
        assertEquals(422, toItself.statusCode());
        assertTrue(WebSession.html(toItself).getElementById("transfer-error") != null
                || toItself.body().contains("Pilih cabang tujuan"));

        sync();
        awaitOnHub("SELECT COUNT(*) FROM stock_transfer WHERE id = '" + transferId + "'", "1");
        awaitOnHub("SELECT SUM(delta) FROM stock_movement WHERE source_id = '" + transferId + "'", "-20.000");
    }

    @Test
    void goodsSentHereAreTakenInOnceAndOnlyHere() throws SQLException {
        BigDecimal before = BackOffice.stock(semenId);
        String toHere = arrived(OTHER, HERE, 12);
        String toElsewhere = arrived(OTHER, "S7", 5);
        Document list = WebSession.html(admin.get("/mutasi"));
        assertTrue(list.getElementById("awaiting").text().contains(OTHER + "-T-"), "waiting to be taken in");
        assertNotNull(WebSession.html(admin.get("/mutasi/surat-jalan?id=" + toHere)).getElementById("receive-form"));
        for (int press = 0; press < 3; press++) {
            assertEquals(302, admin.post("/mutasi/terima", Map.of("id", toHere, "note", "lengkap")).statusCode());
        }
        assertEquals(0, before.add(new BigDecimal(12)).compareTo(BackOffice.stock(semenId)), "in once");
        assertEquals(1, BackOffice.number("SELECT COUNT(*) FROM stock_transfer_receipt WHERE transfer_id = '"
                + toHere + "'"));
        Document received = WebSession.html(admin.get("/mutasi/surat-jalan?id=" + toHere));
        assertNull(received.getElementById("receive-form"));
        assertTrue(received.getElementById("note-status").text().startsWith("Diterima"));

        admin.post("/mutasi/terima", Map.of("id", toElsewhere));
        assertEquals(0, BackOffice.number("SELECT COUNT(*) FROM stock_transfer_receipt WHERE transfer_id = '"
                + toElsewhere + "'"), "goods for another store are taken in there");
        assertEquals(0, before.add(new BigDecimal(12)).compareTo(BackOffice.stock(semenId)));

        sync();
        awaitOnHub("SELECT COUNT(*) FROM stock_transfer_receipt WHERE transfer_id = '" + toHere + "'", "1");
        awaitOnHub("SELECT SUM(delta) FROM stock_movement WHERE source_id = '" + toHere + "' AND store_node = '"
                + HERE + "'", "12.000");
    }

    @Test
    void thePagesAsAPersonSeesThem() throws Exception {
        String transferId = BackOffice.location(send(UUID.randomUUID().toString(), "3")).replaceAll(".*id=", "");
        Path shots = Path.of(System.getProperty("cermin.workDir", "target/it"), "screenshots");
        Files.createDirectories(shots);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            String base = ItServer.baseUrl();
            browser.get(base + "/login");
            browser.switchTo().activeElement().sendKeys("admin", Keys.TAB, "admin123", Keys.ENTER);
            wait.until(ExpectedConditions.urlToBe(base + "/"));
            browser.manage().window().setSize(new Dimension(1366, 1100));
            browser.get(base + "/mutasi/kirim");
            browser.findElement(By.id("scan")).sendKeys("Semen Gresik PCC");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
            browser.findElement(By.id("scan")).sendKeys(Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
            new Select(browser.findElement(By.id("f-toStore"))).selectByValue(OTHER);
            Files.write(shots.resolve("transfer-send.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.get(base + "/mutasi/surat-jalan?id=" + transferId);
            new Select(browser.findElement(By.id("paper"))).selectByValue("paper-a4");
            assertTrue(browser.findElement(By.id("receipt")).getAttribute("class").contains("paper-a4"));
            Files.write(shots.resolve("transfer-note.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<String> send(String key, String quantity) {
        admin.get("/mutasi/kirim");
        return admin.postRepeated("/mutasi/kirim", key, List.of(semenId), List.of(quantity), "",
                Map.of("toStore", OTHER, "note", "untuk proyek"));
    }

    /** A transfer another store sent, as that store's mirror brought it to the hub and the hub here; returns its id. */
    private static String arrived(String from, String to, int quantity) throws SQLException {
        String id = UUID.randomUUID().toString();
        String lineId = UUID.randomUUID().toString();
        for (String database : List.of(ItServer.HUB_DATABASE, ItServer.DATABASE)) {
            try (Connection c = ItDatabase.connect(database)) {
                ShopWrites.exec(c, "SET @cermin_origin = ''");
                ShopWrites.exec(c, "INSERT INTO stock_transfer (id, reference, from_store, to_store, sent_by, sent_at,"
                        + " idempotency_key, origin_node) VALUES (?, ?, ?, ?, ?, '2026-01-05 03:00:00', ?, ?)", id,
                        from + "-T-" + id.substring(0, 8), from, to, cashierId, lineId, from);
                ShopWrites.exec(c, "INSERT INTO stock_transfer_line (id, transfer_id, line_no, product_id, product_name,"
                        + " unit_code, quantity, from_store, to_store, origin_node) VALUES (?, ?, 1, ?, 'Semen Gresik',"
                        + " 'sak', ?, ?, ?, ?)", lineId, id, semenId, quantity, from, to, from);
            }
        }
        return id;
    }

    private static void asIfMirrored(String sql, Object... args) throws SQLException {
        try (Connection c = ItDatabase.connect(ItServer.DATABASE)) {
            ShopWrites.exec(c, "SET @cermin_origin = ''");
            ShopWrites.exec(c, sql, args);
        }
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
