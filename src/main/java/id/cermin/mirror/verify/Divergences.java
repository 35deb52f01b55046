package id.cermin.mirror.verify;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The differences in master data the rolling compare recorded, and the owner's choice for
 * each: keep the store's row (it gets a new version, so it wins everywhere at the next
 * run) or take the hub's (written here as it is).
 */
public final class Divergences {

    /** One recorded difference with the row as each side has it (null where a side has none). */
    public record Entry(MirroredTable table, String rowId, LocalDateTime foundAt, Row store, Row hub) {
    }

    private Divergences() {
    }

    /** Every recorded difference, oldest first, with both rows ({@code link} null: without the hub's). */
    public static List<Entry> list(Connection store, HubLink link) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = store.prepareStatement(
                "SELECT table_name, row_id, found_at FROM mirror_divergence ORDER BY found_at, table_name, row_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MirroredTable table = MirroredTable.bySqlName(rs.getString(1)).orElse(null);
                if (table != null) {
                    String id = rs.getString(2);
                    entries.add(new Entry(table, id, rs.getObject(3, LocalDateTime.class), null, null));
                }
            }
        }
        List<Entry> full = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Row> here = Rows.fetch(store, e.table(), List.of(e.rowId()), false);
            Map<String, Row> there = link == null ? Map.of() : link.rowsById(e.table(), List.of(e.rowId()));
            full.add(new Entry(e.table(), e.rowId(), e.foundAt(), here.get(e.rowId()), there.get(e.rowId())));
        }
        return full;
    }

    /**
     * What this store tells the hub about its recorded differences: {@code table:rows} pairs
     * ({@code "product:2,unit:1"}), or null when there are none.
     */
    public static String summary(Connection store) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (PreparedStatement ps = store.prepareStatement(
                "SELECT table_name, COUNT(*) FROM mirror_divergence GROUP BY table_name ORDER BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && text.length() < 900) {
                text.append(text.isEmpty() ? "" : ",").append(rs.getString(1)).append(':').append(rs.getLong(2));
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** The store's row wins: a new version on the hub's time, sent at the next run. */
    public static void keepStore(Connection store, MirroredTable table, String rowId, String node) throws SQLException {
        requireMaster(table);
        try (PreparedStatement ps = store.prepareStatement("UPDATE " + table.sqlName() + " SET row_version = ?,"
                + " origin_node = ?, updated_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
            ps.setLong(1, HybridClock.next());
            ps.setString(2, node);
            ps.setString(3, rowId);
            ps.executeUpdate();
        }
        forget(store, table, rowId);
    }

    /** The hub's row is written here as it is. */
    public static void keepHub(Connection store, HubLink link, MirroredTable table, String rowId) throws SQLException {
        requireMaster(table);
        Map<String, Row> hub = link.rowsById(table, List.of(rowId));
        if (!hub.isEmpty()) {
            new Applier(store, Direction.PULL, "", HybridClock::observe).overwrite(table, hub);
        }
        forget(store, table, rowId);
    }

    private static void forget(Connection store, MirroredTable table, String rowId) throws SQLException {
        try (PreparedStatement ps = store.prepareStatement(
                "DELETE FROM mirror_divergence WHERE table_name = ? AND row_id = ?")) {
            ps.setString(1, table.sqlName());
            ps.setString(2, rowId);
            ps.executeUpdate();
        }
    }

    private static void requireMaster(MirroredTable table) {
        if (!table.isMaster()) {
            throw new IllegalArgumentException(table.sqlName() + " is repaired by the mirror itself");
        }
    }
}
