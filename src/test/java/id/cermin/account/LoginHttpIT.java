package id.cermin.account;

import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login, logout and the open endpoints, over HTTP against a running store node. */
class LoginHttpIT {

    private final String base = ItServer.baseUrl();

    @Test
    void wrongPasswordShowsTheStudysMessageAndKeepsTheUsername() {
        // Failed on purpose: from an address of its own, so the throttle's count for this machine stays free.
        WebSession browser = new WebSession(base).from("192.0.2.21");
        HttpResponse<String> response = browser.login("admin", "salah-sekali");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Gagal, username dan password salah"), response.body());
        assertEquals("admin", WebSession.html(response).selectFirst("#f-username").attr("value"));
        assertEquals(302, browser.get("/").statusCode(), "still not logged in");
    }

    @Test
    void unknownUserGetsTheSameMessage() {
        HttpResponse<String> response = new WebSession(base).from("192.0.2.31").login("tidakada", "admin123");
        assertTrue(response.body().contains("Gagal, username dan password salah"));
    }

    @Test
    void successGoesHomeWithANewSessionId() {
        WebSession browser = new WebSession(base);
        browser.get("/login");
        String before = browser.sessionId();
        assertNotNull(before);
        HttpResponse<String> response = browser.post("/login", Map.of("username", "admin", "password", "admin123"));
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/"));
        assertNotEquals(before, browser.sessionId(), "session id must change at login");
        HttpResponse<String> home = browser.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Dasbor"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        HttpResponse<String> response = new WebSession(base).get("/barang");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login"));
    }

    @Test
    void afterLoginTheAskedForPageOpens() {
        WebSession browser = new WebSession(base);
        HttpResponse<String> asked = browser.get("/barang?q=semen");
        assertEquals(302, asked.statusCode());
        assertEquals(null, browser.sessionId(), "no session before the login page");
        HttpResponse<String> response = browser.loginVia(asked.headers().firstValue("Location").orElseThrow(),
                "admin", "admin123");
        assertEquals(302, response.statusCode());
        assertEquals("/barang?q=semen", response.headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.get("/barang?q=semen").statusCode());
    }

    @Test
    void anotherSiteIsNeverWhereALoginGoes() {
        for (String elsewhere : new String[] {"//evil.example/", "/\\evil.example", "https://evil.example/"}) {
            HttpResponse<String> response = new WebSession(base).loginVia(
                    "/login?kembali=" + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8),
                    "admin", "admin123");
            assertEquals(302, response.statusCode());
            assertEquals("/", response.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
    }

    @Test
    void anArchivedUserIsLoggedOutAtTheNextRequest() throws java.sql.SQLException {
        id.cermin.testing.HubUsers.add("sementara", "Kasir Sementara", "KASIR", "sementara123");
        WebSession temporary = WebSession.loggedIn(base, "sementara", "sementara123");
        assertEquals(200, temporary.get("/kasir").statusCode());
        id.cermin.testing.HubUsers.archive("sementara");
        HttpResponse<String> after = temporary.get("/kasir");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/login"));
        assertTrue(new WebSession(base).from("192.0.2.96").login("sementara", "sementara123").body()
                .contains("Gagal, username dan password salah"), "and cannot log in again");
    }

    @Test
    void logoutEndsTheSession() {
        WebSession browser = WebSession.loggedIn(base, "admin", "admin123");
        browser.get("/");
        HttpResponse<String> response = browser.post("/logout", Map.of());
        assertEquals(302, response.statusCode());
        assertEquals(302, browser.get("/").statusCode());
    }

    @Test
    void loginPostWithoutCsrfTokenIsRefused() {
        WebSession browser = new WebSession(base);
        browser.get("/login");
        HttpResponse<String> response = browser.postRaw("/login", Map.of("username", "admin", "password", "admin123"));
        assertEquals(403, response.statusCode());
        assertEquals(302, browser.get("/").statusCode(), "not logged in");
    }

    @Test
    void healthTellsThisMachineWhichNodeAnswers() {
        HttpResponse<String> response = new WebSession(base).get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"node\":\"S9\",\"role\":\"store\"}", response.body());
    }

    @Test
    void healthTellsAVisitorFromElsewhereOnlyTheStatus() {
        HttpResponse<String> response = new WebSession(base).from("203.0.113.7").get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
        assertEquals("{\"status\":\"UP\"}", new WebSession(base).header("X-Forwarded-For", "127.0.0.1")
                .get("/health").body(), "a request a proxy passed on is not from this machine, whatever it claims");
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123").from("203.0.113.7");
        assertEquals("{\"status\":\"UP\",\"node\":\"S9\",\"role\":\"store\"}", owner.get("/health").body(),
                "a signed-in owner may know");
    }
}
