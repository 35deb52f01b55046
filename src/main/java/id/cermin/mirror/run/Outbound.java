package id.cermin.mirror.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A store's memory of the hub it mirrors with ({@code mirror_outbound}): which hub
 * database, how far the hub had applied this store's changes when last asked, and which
 * history of this store has been reconciled with it. If the hub later knows less, it
 * went back in time.
 */
record Outbound(String hubDb, long ackedSeq, String reconciledIncarnation) {

    /** The hub this store last talked to, or null before the first contact. */
    static Outbound read(Connection store) throws SQLException {
        try (PreparedStatement ps = store.prepareStatement("SELECT hub_db, acked_seq, reconciled_incarnation"
                + " FROM mirror_outbound ORDER BY acked_at DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Outbound(rs.getString(1), rs.getLong(2), rs.getString(3)) : null;
        }
    }

    /** Records what the hub has applied of this store's changes; the only hub from now on. */
    static void acked(Connection store, String hubDb, long seq) throws SQLException {
        try (PreparedStatement ps = store.prepareStatement("DELETE FROM mirror_outbound WHERE hub_db <> ?")) {
            ps.setString(1, hubDb);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.prepareStatement("INSERT INTO mirror_outbound (hub_db, acked_seq, acked_at)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE acked_seq = VALUES(acked_seq),"
                + " acked_at = VALUES(acked_at)")) {
            ps.setString(1, hubDb);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    /** Records that this store's history {@code incarnation} has been reconciled with the hub. */
    static void reconciled(Connection store, String hubDb, String incarnation) throws SQLException {
        acked(store, hubDb, 0);
        try (PreparedStatement ps = store.prepareStatement(
                "UPDATE mirror_outbound SET reconciled_incarnation = ? WHERE hub_db = ?")) {
            ps.setString(1, incarnation);
            ps.setString(2, hubDb);
            ps.executeUpdate();
        }
    }
}
