package id.cermin.mirror.verify;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Periksa data": compares every mirrored table on store and hub by chunked checksums,
 * drills into the chunks that differ down to the rows, and checks on each side that the
 * stock cache equals the ledger. {@link #repair} then writes the right version of each
 * differing row through the mirror's own applier.
 */
public final class Verifier {

    /** At most this many differing chunks per table are drilled into in one check. */
    static final int MAX_DRILLED_CHUNKS = 64;

    /** A table whose chunks differ: the chunks (key suffixes) and the keys found in them. */
    public record TableDifference(MirroredTable table, int suffixLength, List<String> chunks, List<String> rowIds) {
    }

    public record Report(List<TableDifference> differences, List<String> storeStockMismatches,
                         List<String> hubStockMismatches, int chunksCompared) {
        public boolean same() {
            return differences.isEmpty() && storeStockMismatches.isEmpty() && hubStockMismatches.isEmpty();
        }
    }

    private Verifier() {
    }

    public static Report compare(Connection store, Connection hub) throws SQLException {
        List<TableDifference> differences = new ArrayList<>();
        int compared = 0;
        for (MirroredTable table : MirroredTable.values()) {
            int suffix = Checksums.suffixLength(Math.max(Checksums.count(store, table), Checksums.count(hub, table)));
            Map<String, Checksums.Chunk> here = Checksums.chunks(store, table, suffix);
            Map<String, Checksums.Chunk> there = Checksums.chunks(hub, table, suffix);
            Set<String> all = new TreeSet<>(here.keySet());
            all.addAll(there.keySet());
            compared += all.size();
            List<String> differing = all.stream().filter(k -> !java.util.Objects.equals(here.get(k), there.get(k)))
                    .toList();
            if (!differing.isEmpty()) {
                List<String> drilled = differing.subList(0, Math.min(differing.size(), MAX_DRILLED_CHUNKS));
                Map<String, Long> storeRows = Checksums.rows(store, table, suffix, drilled);
                Map<String, Long> hubRows = Checksums.rows(hub, table, suffix, drilled);
                Set<String> keys = new TreeSet<>(storeRows.keySet());
                keys.addAll(hubRows.keySet());
                List<String> rowIds = keys.stream()
                        .filter(k -> !java.util.Objects.equals(storeRows.get(k), hubRows.get(k))).toList();
                differences.add(new TableDifference(table, suffix, differing, rowIds));
            }
        }
        return new Report(differences, stockMismatches(store), stockMismatches(hub), compared);
    }

    /**
     * Makes each differing row equal on both sides: a row present on one side only is
     * copied to the other; of two different rows, master data keeps the higher
     * (version, origin) and anything else keeps the hub's. Stock caches that disagree
     * with their ledger are recounted. Returns the number of rows written.
     */
    public static int repair(Connection store, Connection hub, Report report) throws SQLException {
        NodeRef me = ChangeLog.identity(store);
        Applier toHub = new Applier(hub, Direction.PUSH, me.node(), v -> { });
        Applier toStore = new Applier(store, Direction.PULL, "", HybridClock::observe);
        int written = 0;
        for (TableDifference difference : report.differences()) {
            MirroredTable table = difference.table();
            Map<String, Row> storeRows = Rows.fetch(store, table, difference.rowIds(), false);
            Map<String, Row> hubRows = Rows.fetch(hub, table, difference.rowIds(), false);
            Map<String, Row> forHub = new LinkedHashMap<>();
            Map<String, Row> forStore = new LinkedHashMap<>();
            for (String id : difference.rowIds()) {
                Row s = storeRows.get(id);
                Row h = hubRows.get(id);
                if (h == null && s != null) {
                    forHub.put(id, s);
                } else if (s == null && h != null) {
                    forStore.put(id, h);
                } else if (s != null && table.isMaster() && s.compareVersion(h) > 0) {
                    forHub.put(id, s);
                } else if (s != null) {
                    forStore.put(id, h);
                }
            }
            written += forHub.isEmpty() ? 0 : toHub.overwrite(table, forHub).rowsWritten();
            written += forStore.isEmpty() ? 0 : toStore.overwrite(table, forStore).rowsWritten();
        }
        toStore.recountStock(report.storeStockMismatches());
        toHub.recountStock(report.hubStockMismatches());
        return written + report.storeStockMismatches().size() + report.hubStockMismatches().size();
    }

    /** Products whose cached stock is not the sum of their movements. */
    public static List<String> stockMismatches(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM product p LEFT JOIN (SELECT product_id,"
                + " SUM(delta) AS total FROM stock_movement GROUP BY product_id) m ON m.product_id = p.id"
                + " WHERE p.stock <> COALESCE(m.total, 0) ORDER BY p.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

}
