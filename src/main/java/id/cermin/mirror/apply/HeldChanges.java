package id.cermin.mirror.apply;

import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.ChangeCodec;
import id.cermin.platform.Ids;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The held groups of one direction, kept at the destination in {@code mirror_error}:
 * filed in the transaction of the batch that moved the cursor past them, so a group is
 * either applied or held, never skipped.
 */
public final class HeldChanges {

    private HeldChanges() {
    }

    /** Files (or files again, with the new reason) groups the destination refused. */
    public static void file(Connection dest, Direction direction, String sourceDb, List<HeldGroup> held)
            throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = dest.prepareStatement("INSERT INTO mirror_error (id, direction, source_db,"
                + " first_seq, last_seq, table_name, row_id, reason, first_at, last_at, attempts, changes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, ?)"
                + " ON DUPLICATE KEY UPDATE last_at = UTC_TIMESTAMP(6), attempts = attempts + 1, reason = VALUES(reason)")) {
            for (HeldGroup g : held) {
                ps.setString(1, Ids.newId());
                ps.setString(2, direction.name());
                ps.setString(3, sourceDb);
                ps.setLong(4, g.firstSeq());
                ps.setLong(5, g.lastSeq());
                ps.setString(6, g.table());
                ps.setString(7, g.rowId());
                ps.setString(8, g.reason());
                ps.setString(9, ChangeCodec.encode(g.changes()).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void retried(Connection dest, Direction direction, String sourceDb, HeldGroup group, List<HeldGroup> stillHeld)
            throws SQLException {
        if (stillHeld.isEmpty()) {
            try (PreparedStatement ps = dest.prepareStatement(
                    "DELETE FROM mirror_error WHERE direction = ? AND source_db = ? AND first_seq = ?")) {
                ps.setString(1, direction.name());
                ps.setString(2, sourceDb);
                ps.setLong(3, group.firstSeq());
                ps.executeUpdate();
            }
            return;
        }
        HeldGroup again = stillHeld.get(0);
        try (PreparedStatement ps = dest.prepareStatement("UPDATE mirror_error SET table_name = ?, row_id = ?,"
                + " reason = ?, last_at = UTC_TIMESTAMP(6), attempts = attempts + 1"
                + " WHERE direction = ? AND source_db = ? AND first_seq = ?")) {
            ps.setString(1, again.table());
            ps.setString(2, again.rowId());
            ps.setString(3, again.reason());
            ps.setString(4, direction.name());
            ps.setString(5, sourceDb);
            ps.setLong(6, group.firstSeq());
            ps.executeUpdate();
        }
    }

    private static List<Change> changes(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return ChangeCodec.decode(reader.readArray(), "");
        }
    }

    /** The groups held for {@code sourceDb} in this direction, oldest first. */
    public static List<HeldGroup> list(Connection c, Direction direction, String sourceDb) throws SQLException {
        List<HeldGroup> held = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, last_seq, table_name, row_id, reason, changes"
                + " FROM mirror_error WHERE direction = ? AND source_db = ? ORDER BY first_seq")) {
            ps.setString(1, direction.name());
            ps.setString(2, sourceDb);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new HeldGroup(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), changes(rs.getString(6))));
                }
            }
        }
        return held;
    }
}
