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

    /** Where a source's cursor stands: the last change applied, of which history, and its fingerprint. */
    public record Position(long seq, String incarnation, String fp) {
    }

    /** The cursor of {@code sourceDb} here, or null if nothing of it was ever applied. */
    public static Position position(Connection c, String sourceDb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, source_incarnation, last_fp FROM mirror_inbound WHERE source_db = ?")) {
            ps.setString(1, sourceDb);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Position(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    /** Creates the cursor if needed and locks it until the transaction ends; returns where it stands. */
    static Position lock(Connection c, NodeRef source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mirror_inbound (source_db, source_node,"
                + " source_incarnation, last_seq, applied_at) VALUES (?, ?, ?, 0, UTC_TIMESTAMP(6))"
                + " ON DUPLICATE KEY UPDATE source_db = source_db")) {
            ps.setString(1, source.dbId());
            ps.setString(2, source.node());
            ps.setString(3, source.incarnation());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, source_incarnation, last_fp"
                + " FROM mirror_inbound WHERE source_db = ? FOR UPDATE")) {
            ps.setString(1, source.dbId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Position(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /** Moves a locked cursor to {@code seq} of the source's current history (the end of what was just applied). */
    static void moveTo(Connection c, NodeRef source, long seq, String fp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mirror_inbound SET last_seq = ?, last_fp = ?,"
                + " source_node = ?, source_incarnation = ?, applied_at = UTC_TIMESTAMP(6) WHERE source_db = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, fp);
            ps.setString(3, source.node());
            ps.setString(4, source.incarnation());
            ps.setString(5, source.dbId());
            ps.executeUpdate();
        }
    }


}
