package id.cermin.testing;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the back-office HTTP tests do over and over on the test store: sell, read stock, add a cashier. */
public final class BackOffice {

    private BackOffice() {
    }

    /** A new cashier account (made by the owner on the hub), signed in: a till of its own for the test. */
    public static WebSession newCashier(String username) {
        try {
            HubUsers.add(username, "Kasir " + username, "KASIR", "rahasia12345");
        } catch (SQLException e) {
            throw new AssertionError("Cashier " + username + " not made: " + e.getMessage(), e);
        }
        return WebSession.loggedIn(ItServer.baseUrl(), username, "rahasia12345");
    }

    /** Sells at the counter; returns the sale's id. Quantities as typed (2,5), paid in rupiah. */
    public static String sell(WebSession cashier, List<String> productIds, List<String> quantities, String paid) {
        cashier.get("/kasir");
        HttpResponse<String> sold = cashier.postRepeated("/kasir/bayar", UUID.randomUUID().toString(), productIds,
                quantities, paid, Map.of());
        if (sold.statusCode() != 302) {
            throw new AssertionError("Sale refused: " + sold.body());
        }
        String location = sold.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    public static BigDecimal stock(String productId) throws SQLException {
        return new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + productId + "'"));
    }

    public static long number(String sql) throws SQLException {
        return Long.parseLong(ItServer.query(sql));
    }

    /** Where a redirect goes, from the context root. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No redirect: " + response.statusCode()));
        // Redirects are relative ("/kasir/..."); an absolute one is cut to its path.
        return location.startsWith("/") ? location : location.substring(location.indexOf('/', location.indexOf("//") + 2));
    }
}
