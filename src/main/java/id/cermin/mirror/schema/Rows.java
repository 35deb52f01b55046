package id.cermin.mirror.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads mirrored rows, many keys per statement, so a batch costs one round trip per
 * table and not one per row.
 */
public final class Rows {

    public static final int KEYS_PER_STATEMENT = 500;

    private Rows() {
    }

    /** The current rows with these keys; a key whose row is gone is simply absent. */
    public static Map<String, Row> fetch(Connection c, MirroredTable table, Collection<String> ids,
                                              boolean forUpdate) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(ids);
        for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
            String sql = "SELECT " + table.columnList() + " FROM " + table.sqlName() + " WHERE id IN ("
                    + placeholders(part.size()) + ")" + (forUpdate ? " FOR UPDATE" : "");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                read(ps, table, rows);
            }
        }
        return rows;
    }

    /** Which of these keys have a row: the key only, not the row. */
    public static Set<String> existing(Connection c, MirroredTable table, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> keys = new ArrayList<>(ids);
        for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table.sqlName() + " WHERE id IN ("
                    + placeholders(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                readIds(ps, found);
            }
        }
        return found;
    }

    /** The keys in [{@code first}, {@code last}] that have a row (one range read of the primary key). */
    public static Set<String> existingBetween(Connection c, MirroredTable table, String first, String last)
            throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table.sqlName()
                + " WHERE id >= ? AND id <= ?")) {
            ps.setString(1, first);
            ps.setString(2, last);
            readIds(ps, found);
        }
        return found;
    }

    private static void readIds(PreparedStatement ps, Set<String> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    /** Up to {@code limit} rows with keys after {@code afterId}, in key order (bootstrap). */
    public static Map<String, Row> after(Connection c, MirroredTable table, String afterId, int limit)
            throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + table.columnList() + " FROM " + table.sqlName()
                + " WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setString(1, afterId);
            ps.setInt(2, limit);
            read(ps, table, rows);
        }
        return rows;
    }

    /** {@code ?, ?, ?} for {@code n} bound values. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void read(PreparedStatement ps, MirroredTable table, Map<String, Row> into)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            read(rs, table, into);
        }
    }

    /** Reads every row of {@code rs}, whose columns are {@link MirroredTable#columns()} in order. */
    public static void read(ResultSet rs, MirroredTable table, Map<String, Row> into) throws SQLException {
        int width = table.columns().size();
        while (rs.next()) {
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
                values[i] = rs.getObject(i + 1);
            }
            Row row = new Row(table, values);
            into.put(row.id(), row);
        }
    }
}
