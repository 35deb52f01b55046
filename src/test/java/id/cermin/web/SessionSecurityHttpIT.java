package id.cermin.web;

import id.cermin.testing.HubUsers;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions and their cookie over HTTP against a running store: HTTPS through the trusted
 * proxy gives Secure cookies and HSTS, redirects are relative, visitors get no session before
 * the login page, the form token changes at login and is never taken from the address, a new
 * password set on the hub ends the user's sessions here once it arrives, and control characters
 * are refused (an owner changing their own password stays signed in there: FirstStartHttpIT, on a hub).
 */
class SessionSecurityHttpIT {

    private static String base;
    private static WebSession owner;

    @BeforeAll
    static void server() {
        base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
    }

    @Test
    void overHttpsThroughTheTrustedProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        assertTrue(cookie.matches("(?i).*;\\s*secure(;.*)?"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*httponly(;.*)?"), cookie);
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));

        String token = WebSession.html(page).selectFirst("input[name=_csrf]").val();
        String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", "JSESSIONID=" + id)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&username=admin&password=admin123")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        assertEquals("/", login.headers().firstValue("Location").orElseThrow(), "relative: stays on https");
        String renewed = sessionCookie(login);
        assertFalse(renewed.contains(id), "a new session id at login");
        assertTrue(renewed.matches("(?i).*;\\s*secure(;.*)?"), "the new id's cookie is Secure too: " + renewed);
    }

    @Test
    void overPlainHttpNeitherSecureCookiesNorHsts() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(sessionCookie(page).matches("(?i).*;\\s*secure(;.*)?"), "a store PC on plain http keeps its login");
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void redirectsAreRelativeSoHttpsStaysHttps() {
        WebSession visitor = new WebSession(base).header("X-Forwarded-Proto", "https");
        assertEquals("/login?kembali=%2Fbarang", visitor.get("/barang").headers().firstValue("Location").orElseThrow());
        owner.get("/kategori");
        HttpResponse<String> saved = owner.post("/kategori/simpan", Map.of("name", "Relatif " + System.nanoTime()));
        assertEquals("/kategori", saved.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest(name = "GET {0} by a visitor starts no session")
    @ValueSource(strings = {"/", "/barang", "/kasir", "/laporan/keluar?dari=2026-01-01", "/tidak-ada", "/health",
            "/setup", "/logout", "/static/css/cermin.css", "/static/tidak-ada.js", "/barang?lang=en"})
    void aVisitorGetsNoSessionBeforeTheLoginPage(String path) {
        WebSession visitor = new WebSession(base);
        HttpResponse<String> response = visitor.get(path);
        assertTrue(response.statusCode() < 500, path + ": " + response.statusCode());
        assertEquals(null, visitor.sessionId(), path + " set " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    void theLoginPageStartsTheSession() {
        WebSession visitor = new WebSession(base);
        visitor.get("/login");
        assertTrue(visitor.sessionId() != null);
    }

    @Test
    void theFormTokenChangesAtLoginAndTheOldOneIsWorthNothing() {
        WebSession browser = new WebSession(base);
        browser.get("/login");
        String before = browser.csrfToken();
        assertEquals(302, browser.post("/login", Map.of("username", "admin", "password", "admin123")).statusCode());
        browser.get("/");
        String after = browser.csrfToken();
        assertNotEquals(before, after);
        assertEquals(403, browser.postRaw("/logout", Map.of("_csrf", before)).statusCode(), "the old token");
        assertEquals(200, browser.get("/").statusCode(), "still signed in");
        assertEquals(302, browser.postRaw("/logout", Map.of("_csrf", after)).statusCode());
    }

    @Test
    void aTokenInTheAddressIsRefused() {
        WebSession browser = WebSession.loggedIn(base, "admin", "admin123");
        browser.get("/");
        String token = URLEncoder.encode(browser.csrfToken(), StandardCharsets.UTF_8);
        assertEquals(403, browser.send("POST", "/logout?_csrf=" + token, "application/x-www-form-urlencoded", "")
                .statusCode());
        assertEquals(403, browser.send("POST", "/logout?_csrf=" + token, "application/x-www-form-urlencoded",
                "_csrf=" + token).statusCode(), "not even beside the one in the body");
        assertEquals(200, browser.get("/").statusCode(), "not logged out");
    }

    @Test
    void aNewPasswordFromTheHubEndsTheUsersSessionsHere() throws SQLException {
        HubUsers.add("ganti", "Uji ganti", "KASIR", "ganti-lama-1");
        WebSession till = WebSession.loggedIn(base, "ganti", "ganti-lama-1");
        WebSession otherTill = WebSession.loggedIn(base, "ganti", "ganti-lama-1");
        assertEquals(200, till.get("/kasir").statusCode());
        HubUsers.setPassword("ganti", "ganti-baru-2");
        assertEquals(302, till.get("/kasir").statusCode(), "ended");
        assertEquals(302, otherTill.get("/kasir").statusCode(), "ended too");
        assertEquals(302, WebSession.loggedIn(base, "ganti", "ganti-baru-2").post("/logout", Map.of()).statusCode());
    }

    @Test
    void controlCharactersAreRefusedWithAMessageAndChangeNothing() throws SQLException {
        HttpResponse<String> search = owner.get("/barang?q=semen%00");
        assertEquals(400, search.statusCode());
        assertTrue(search.body().contains("karakter kontrol"), search.body());
        long before = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM category"));
        owner.get("/kategori");
        HttpResponse<String> saved = owner.post("/kategori/simpan", Map.of("name", "Besi\u001b[31m"));
        assertEquals(400, saved.statusCode());
        assertEquals(before, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM category")));
        owner.get("/kategori");
        assertEquals(302, owner.post("/kategori/simpan", Map.of("name", "Garis\tdan\r\ngaris " + System.nanoTime()))
                .statusCode(), "tabs and line breaks are text");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
