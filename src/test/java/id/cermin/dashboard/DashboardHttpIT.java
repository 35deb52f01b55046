package id.cermin.dashboard;

import id.cermin.testing.HubUsers;
import id.cermin.testing.ItServer;
import id.cermin.testing.TcpProxy;
import id.cermin.testing.WebSession;
import id.cermin.web.Format;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the dashboard shows whom: profit to the owner and admins, a cashier's own sales of
 * today to the cashier; the mirror's raw error (hub host, database account) to the owner
 * and admins only.
 */
class DashboardHttpIT {

    private static String base;
    private static WebSession owner;
    private static WebSession cashier;
    private static String semenId;

    @BeforeAll
    static void accounts() throws SQLException {
        base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
        HubUsers.add("kasir-dasbor", "Kasir Dasbor", "KASIR", "kasir-dasbor-1");
        cashier = WebSession.loggedIn(base, "kasir-dasbor", "kasir-dasbor-1");
        semenId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Tiga Roda PCC 40 kg'");
    }

    @Test
    void aCashierSeesTheirOwnSalesOfTodayAndNoProfit() throws SQLException {
        Document before = WebSession.html(cashier.get("/"));
        assertNull(before.getElementById("profit-today"));
        assertFalse(before.text().contains("Keuntungan"), "no profit anywhere on a cashier's dashboard");
        assertEquals("0", before.getElementById("own-sales-count").text());

        cashier.get("/kasir");
        HttpResponse<String> sale = cashier.postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(semenId), List.of("2"), "500000", Map.of());
        assertEquals(302, sale.statusCode(), sale.body());
        WebSession.loggedIn(base, "kasir", "kasir123").postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(semenId), List.of("1"), "500000", Map.of());
        String total = ItServer.query("SELECT total FROM sale s JOIN app_user u ON u.id = s.cashier_id"
                + " WHERE u.username = 'kasir-dasbor'");

        Document after = WebSession.html(cashier.get("/"));
        assertEquals("1", after.getElementById("own-sales-count").text(), "only their own sale counts");
        assertEquals(Format.rupiah(Long.parseLong(total)), after.getElementById("own-sales-total").text());
        Document ownerView = WebSession.html(owner.get("/"));
        assertNotNull(ownerView.getElementById("profit-today"));
        assertNull(ownerView.getElementById("own-sales-count"));
    }

    @Test
    void theMirrorsRawErrorIsForTheOwnerAndAdminsOnly() {
        TcpProxy link = ItServer.hubLink();
        link.refuse(true);
        link.cutAll();
        try {
            owner.get("/sinkronisasi");
            owner.post("/sync", Map.of("back", "/sinkronisasi"));
            String ownerError = WebSession.html(owner.get("/")).getElementById("mirror-error").text();
            assertTrue(ownerError.contains("127.0.0.1") || ownerError.contains("ommunications"),
                    "the owner sees what failed: " + ownerError);
            String cashierError = WebSession.html(cashier.get("/")).getElementById("mirror-error").text();
            assertTrue(cashierError.startsWith("Pusat tidak dapat dihubungi sejak "), cashierError);
            assertFalse(cashierError.contains("127.0.0.1") || cashierError.contains("ommunications")
                    || cashierError.contains("Detail teknis"), "no raw error for a cashier: " + cashierError);
        } finally {
            link.refuse(false);
        }
        owner.get("/sinkronisasi");
        owner.post("/sync", Map.of("back", "/sinkronisasi"));
    }
}
