package id.cermin.mirror.apply;

import id.cermin.mirror.capture.NodeRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The destination's record of how far each source database's change log has been
 * applied here ({@code mirror_inbound}), moved only in the transaction that applied the
 * changes, so a batch delivered twice is applied once. The one owner of that table.
 */
public final class Cursors {

    private Cursors() {
    }

    /** The last change of {@code sourceDb} applied here, or -1 if nothing ever was. */
    public static long read(Connection c, String sourceDb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM mirror_inbound WHERE source_db = ?")) {
            ps.setString(1, sourceDb);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** Creates the cursor if needed and locks it until the transaction ends; returns its position. */
    static long lock(Connection c, NodeRef source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mirror_inbound (source_db, source_node,"
                + " last_seq, applied_at) VALUES (?, ?, 0, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE source_db = source_db")) {
            ps.setString(1, source.dbId());
            ps.setString(2, source.node());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq FROM mirror_inbound WHERE source_db = ? FOR UPDATE")) {
            ps.setString(1, source.dbId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves a locked cursor to {@code seq} (the end of the batch just applied). */
    static void moveTo(Connection c, NodeRef source, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mirror_inbound SET last_seq = ?,"
                + " source_node = ?, applied_at = UTC_TIMESTAMP(6) WHERE source_db = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, source.node());
            ps.setString(3, source.dbId());
            ps.executeUpdate();
        }
    }

    /** Moves a locked cursor forward to {@code seq}, never back (after a bootstrap). */
    static void raiseTo(Connection c, NodeRef source, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mirror_inbound SET last_seq = GREATEST(last_seq, ?) WHERE source_db = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, source.dbId());
            ps.executeUpdate();
        }
    }
}
