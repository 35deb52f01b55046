package id.cermin.mirror.inbox;

import id.cermin.mirror.capture.ChangeLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The hub alone trims its change log: below the lowest point every active store has
 * said it received (by asking for what comes after it). A store cannot move that point
 * for another store; a store that stops pulling keeps the log until it is retired.
 */
public final class HubLog {

    private HubLog() {
    }

    /** Deletes what every active store has; returns the number of changes deleted. */
    public static int trim(Connection hub) throws SQLException {
        try (PreparedStatement ps = hub.prepareStatement(
                "SELECT MIN(pulled_seq), COUNT(*) FROM mirror_store WHERE retired_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(2) == 0) {
                return 0;
            }
            // The change at each store's point stays: its fingerprint tells the store the hub's history is intact.
            return ChangeLog.purge(hub, rs.getLong(1) - 1);
        }
    }
}
