package id.cermin.mirror.capture;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads and trims a database's change log ({@code mirror_change}). A batch ends only
 * where the connection changes between two consecutive changes: a transaction's changes
 * are consecutive and made on one connection, so no transaction is ever split.
 */
public final class ChangeLog {

    /**
     * The fingerprint of a logged change (alias {@code c}): what both sides compare to
     * tell whether a history went back (a restored database numbers new changes again).
     */
    public static final String FINGERPRINT = "LEFT(SHA2(CONCAT_WS('|', c.table_name, c.row_id, c.op, c.changed_at),"
            + " 256), 16)";

    private static final int EXTENSION_CHUNK = 500;

    private ChangeLog() {
    }

    public static NodeRef identity(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT db_id, incarnation, node, seq FROM mirror_node WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("mirror_node is empty: schema not migrated");
            }
            return new NodeRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
        }
    }

    /**
     * Starts a new history of this database (after it was found to have gone back in
     * time): changes numbered from now on are never mistaken for ones the other side
     * already has. Returns the new incarnation.
     */
    public static String newIncarnation(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mirror_node SET incarnation = UUID(), restored_at = UTC_TIMESTAMP(6) WHERE id = 1")) {
            ps.executeUpdate();
        }
        return identity(c).incarnation();
    }

    /** The fingerprint of this log's change {@code seq}, or null when the log does not hold it. */
    public static String fingerprint(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FINGERPRINT + " FROM mirror_change c WHERE c.seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Of these rows of {@code table}, the ones no change in this log names (none still on its way out). */
    public static List<String> notLogged(Connection c, MirroredTable table, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return ids;
        }
        java.util.Set<String> logged = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += Rows.KEYS_PER_STATEMENT) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + Rows.KEYS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT row_id FROM mirror_change WHERE table_name = ?"
                    + " AND row_id IN (" + Rows.placeholders(part.size()) + ")")) {
                ps.setString(1, table.sqlName());
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 2, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        logged.add(rs.getString(1));
                    }
                }
            }
        }
        return ids.stream().filter(id -> !logged.contains(id)).toList();
    }

    /** The lowest change number still in the log, or 0 when it is empty. */
    public static long firstSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MIN(seq), 0) FROM mirror_change");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Names the node that writes to this database (its changes are captured under this origin). */
    public static void claim(Connection c, String node) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mirror_node SET node = ? WHERE id = 1 AND node <> ?")) {
            ps.setString(1, node);
            ps.setString(2, node);
            ps.executeUpdate();
        }
    }

    /**
     * The next batch after {@code afterSeq}: about {@code limit} changes, extended to the
     * end of the last connection's run. Changes from {@code skipOrigin} are not returned.
     */
    public static Batch read(Connection c, long afterSeq, int limit, String skipOrigin) throws SQLException {
        List<Change> read = select(c, afterSeq, Long.MAX_VALUE, limit);
        if (read.size() == limit) {
            while (true) {
                Change last = read.get(read.size() - 1);
                List<Change> more = select(c, last.seq(), Long.MAX_VALUE, EXTENSION_CHUNK);
                int same = 0;
                while (same < more.size() && more.get(same).conn() == last.conn()) {
                    same++;
                }
                read.addAll(more.subList(0, same));
                if (same < EXTENSION_CHUNK) {
                    break;
                }
            }
        }
        long lastSeq = read.isEmpty() ? afterSeq : read.get(read.size() - 1).seq();
        read.removeIf(ch -> ch.origin().equals(skipOrigin));
        return new Batch(afterSeq, lastSeq, read.isEmpty() && lastSeq == afterSeq ? null : fingerprint(c, lastSeq), read);
    }

    /** The changes with {@code from <= seq <= to}, for retrying a held group. */
    public static List<Change> range(Connection c, long from, long to) throws SQLException {
        return select(c, from - 1, to, Integer.MAX_VALUE);
    }

    private static List<Change> select(Connection c, long afterSeq, long upTo, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, conn, table_name, row_id, op, base_version, origin"
                + " FROM mirror_change WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, afterSeq);
            ps.setLong(2, upTo);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String tableName = rs.getString(3);
                    MirroredTable table = MirroredTable.bySqlName(tableName)
                            .orElseThrow(() -> new SQLException("Unknown mirrored table " + tableName));
                    long base = rs.getLong(6);
                    changes.add(new Change(rs.getLong(1), rs.getLong(2), table, rs.getString(4),
                            rs.getString(5).charAt(0), rs.wasNull() ? null : base, rs.getString(7)));
                }
            }
        }
        return changes;
    }

    /** The current rows of the changed keys, one statement per table (a deleted row is absent). */
    public static Map<MirroredTable, Map<String, Row>> rowsOf(Connection source, List<Change> changes)
            throws SQLException {
        Map<MirroredTable, TreeSet<String>> keys = new EnumMap<>(MirroredTable.class);
        for (Change ch : changes) {
            keys.computeIfAbsent(ch.table(), t -> new TreeSet<>()).add(ch.rowId());
        }
        Map<MirroredTable, Map<String, Row>> rows = new EnumMap<>(MirroredTable.class);
        for (Map.Entry<MirroredTable, TreeSet<String>> e : keys.entrySet()) {
            rows.put(e.getKey(), Rows.fetch(source, e.getKey(), e.getValue(), false));
        }
        return rows;
    }

    /**
     * Deletes changes up to {@code upTo}, which the other side has applied, by exact key:
     * a range delete would wait on the lock of a newer change a cashier has not yet
     * committed.
     */
    public static int purge(Connection c, long upTo) throws SQLException {
        int total = 0;
        while (true) {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq FROM mirror_change WHERE seq <= ? ORDER BY seq LIMIT 1000")) {
                ps.setLong(1, upTo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getLong(1));
                    }
                }
            }
            if (seqs.isEmpty()) {
                return total;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mirror_change WHERE seq IN ("
                    + Rows.placeholders(seqs.size()) + ")")) {
                for (int i = 0; i < seqs.size(); i++) {
                    ps.setLong(i + 1, seqs.get(i));
                }
                total += ps.executeUpdate();
            }
            if (seqs.size() < 1000) {
                return total;
            }
        }
    }
}
