package id.cermin.mirror.apply;

import id.cermin.mirror.schema.Row;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes conflicts to {@code mirror_conflict}. Every column is derived from the two rows
 * alone (the id from the table, row and both versions; the time from the later of the
 * two writes; the origin from the winner), so the same conflict found on the hub and
 * again on a store is one and the same row everywhere.
 */
final class Conflicts {

    private Conflicts() {
    }

    static void record(Connection c, List<Conflict> conflicts) throws SQLException {
        if (conflicts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mirror_conflict (id, table_name, row_id,"
                + " winner_version, winner_origin, winner_values, loser_version, loser_origin, loser_values,"
                + " detected_at, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE id = id")) {
            for (Conflict conflict : conflicts) {
                Row w = conflict.winner();
                Row l = conflict.loser();
                String key = conflict.table().sqlName() + "|" + conflict.rowId() + "|" + w.version() + "|"
                        + w.origin() + "|" + l.version() + "|" + l.origin();
                ps.setString(1, UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
                ps.setString(2, conflict.table().sqlName());
                ps.setString(3, conflict.rowId());
                ps.setLong(4, w.version());
                ps.setString(5, w.origin());
                ps.setString(6, w.toJson());
                ps.setLong(7, l.version());
                ps.setString(8, l.origin());
                ps.setString(9, l.toJson());
                ps.setObject(10, later(w.get("updated_at"), l.get("updated_at")));
                ps.setString(11, w.origin());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object later(Object a, Object b) {
        return ((Comparable) a).compareTo(b) >= 0 ? a : b;
    }
}
