package id.cermin.testing;

import id.cermin.demo.DemoPasswords;
import id.cermin.platform.HybridClock;
import id.cermin.platform.Ids;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Users of the HTTP tests' store as its owner makes them: on the hub (here, in the hub's
 * database, as the hub's pages write them), brought to the store by its mirror. A store
 * linked to a hub makes and changes no users of its own.
 */
public final class HubUsers {

    private HubUsers() {
    }

    /** A new user on the hub, at the store once this returns (kept as it is if the username exists). */
    public static void add(String username, String fullName, String role, String password) throws SQLException {
        onHub("INSERT INTO app_user (id, username, full_name, password_hash, role, created_at, updated_at,"
                + " row_version, origin_node) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?, 'HUB')"
                + " ON DUPLICATE KEY UPDATE id = id", Ids.newId(), username, fullName, hash(username, password), role,
                HybridClock.next());
        arrived(username);
    }

    /** The owner gives {@code username} a new password on the hub; the store has it once this returns. */
    public static void setPassword(String username, String password) throws SQLException {
        onHub("UPDATE app_user SET password_hash = ?, updated_at = UTC_TIMESTAMP(6), row_version = ?,"
                + " origin_node = 'HUB' WHERE username = ?", hash(username, password), HybridClock.next(), username);
        arrived(username);
    }

    /** The owner archives {@code username} on the hub; the store has it once this returns. */
    public static void archive(String username) throws SQLException {
        onHub("UPDATE app_user SET archived_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6), row_version = ?,"
                + " origin_node = 'HUB' WHERE username = ?", HybridClock.next(), username);
        arrived(username);
    }

    private static void onHub(String sql, Object... args) throws SQLException {
        ItServer.baseUrl();
        try (Connection hub = ItDatabase.connect(ItServer.HUB_DATABASE)) {
            ShopWrites.exec(hub, sql, args);
        }
    }

    /** Presses Sinkronkan at the store until it holds the hub's version of the user (a minute at most). */
    private static void arrived(String username) throws SQLException {
        String version = "SELECT row_version FROM app_user WHERE username = '" + username + "'";
        String expected = ItServer.hubQuery(version);
        WebSession owner = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!expected.equals(ItServer.query(version))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("user " + username + " did not reach the store in a minute");
            }
            owner.get("/sinkronisasi");
            owner.post("/sync", Map.of("back", "/sinkronisasi"));
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String hash(String username, String password) {
        try {
            return DemoPasswords.hash(username, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
