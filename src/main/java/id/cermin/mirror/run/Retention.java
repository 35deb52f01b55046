package id.cermin.mirror.run;

import id.cermin.mirror.apply.Cursors;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * After a run: the store tells the hub how far it has pulled (the hub's dashboard, and
 * the hub's purge), and each change log is trimmed up to what the other side has
 * applied, keeping every change of a held group.
 */
final class Retention {

    private Retention() {
    }

    static void trim(Connection store, Connection hub, NodeRef me, NodeRef hubRef, long acked,
                     List<HeldGroup> heldPush, List<HeldGroup> heldPull) throws SQLException {
        long pulled = Math.max(0, Cursors.read(store, hubRef.dbId()));
        if (!heldPull.isEmpty()) {
            pulled = Math.min(pulled, heldPull.get(0).firstSeq() - 1);
        }
        try (PreparedStatement ps = hub.prepareStatement("INSERT INTO mirror_peer (db_id, node, pulled_seq,"
                + " last_run_at, last_success_at, last_error) VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)"
                + " ON DUPLICATE KEY UPDATE node = VALUES(node), pulled_seq = VALUES(pulled_seq),"
                + " last_run_at = VALUES(last_run_at), last_success_at = VALUES(last_success_at),"
                + " last_error = VALUES(last_error)")) {
            ps.setString(1, me.dbId());
            ps.setString(2, me.node());
            ps.setLong(3, pulled);
            ps.setString(4, heldPush.isEmpty() && heldPull.isEmpty() ? null
                    : (heldPush.size() + heldPull.size()) + " held");
            ps.executeUpdate();
        }
        long storeUpTo = heldPush.isEmpty() ? acked : Math.min(acked, heldPush.get(0).firstSeq() - 1);
        ChangeLog.purge(store, storeUpTo);
        try (PreparedStatement ps = hub.prepareStatement("SELECT MIN(pulled_seq) FROM mirror_peer");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long hubUpTo = rs.getLong(1);
                if (!rs.wasNull()) {
                    ChangeLog.purge(hub, hubUpTo);
                }
            }
        }
    }
}
