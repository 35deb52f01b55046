package id.cermin.audit;

import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's audit viewer: logins and refused logins are in the trail, said in words, and the filters narrow it. */
class AuditHttpIT {

    @Test
    void loginsAreTrailedAndTheFiltersNarrowTheTrail() {
        String base = ItServer.baseUrl();
        // Failed on purpose, from an address of its own: the throttle counts failures per address.
        new WebSession(base).from("192.0.2.18").login("kasir", "salah-sekali");
        WebSession.loggedIn(base, "kasir", "kasir123");
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");

        Document refused = WebSession.html(owner.get("/audit?aksi=LOGIN_FAILED&pengguna=kasir"));
        assertFalse(refused.select("#audit tbody tr td.nowrap").isEmpty(), "a refused login is there");
        assertTrue(refused.select("#audit tbody tr").stream().allMatch(row -> row.text().contains("Gagal masuk")
                && row.text().contains("kasir")));
        Document logins = WebSession.html(owner.get("/audit?aksi=LOGIN&pengguna=kasir"));
        assertTrue(logins.select("#audit tbody tr").stream().allMatch(row -> row.select(".badge").text().equals("Masuk")));
        Document nothing = WebSession.html(owner.get("/audit?dari=2020-01-01&sampai=2020-01-02"));
        assertEquals("0 catatan", nothing.selectFirst("#audit-count").text());
    }
}
