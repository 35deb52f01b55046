package id.cermin.mirror.verify;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Periksa data": compares every mirrored table the store shares with the hub, chunk by
 * chunk ({@link Comparer}), down to the rows that differ, and checks that the store's
 * stock cache equals its ledger. {@link #repair} then makes the differing rows equal by
 * the mirror's own rules ({@link Repairer}) and recounts the stock.
 */
public final class Verifier {

    /** A table whose rows differ: the keys of those rows. */
    public record TableDifference(MirroredTable table, List<String> rowIds) {
    }

    public record Report(List<TableDifference> differences, List<String> storeStockMismatches, int chunksCompared) {
        public boolean same() {
            return differences.isEmpty() && storeStockMismatches.isEmpty();
        }
    }

    private Verifier() {
    }

    public static Report compare(Connection store, HubLink link, String node) throws SQLException {
        Comparer comparer = new Comparer(new LocalSide(store, node), new HubSide(link));
        List<TableDifference> differences = new ArrayList<>();
        int compared = 0;
        for (MirroredTable table : MirroredTable.values()) {
            List<String> ids = new ArrayList<>();
            for (Comparer.Chunk chunk : comparer.all(table)) {
                compared++;
                ids.addAll(chunk.differing());
            }
            if (!ids.isEmpty()) {
                differences.add(new TableDifference(table, ids));
            }
        }
        return new Report(differences, stockMismatches(store), compared);
    }

    /** Makes every difference of {@code report} equal on both sides; returns the rows written or sent. */
    public static int repair(Connection store, HubLink link, NodeRef me, Report report) throws SQLException {
        Repairer.Repaired repaired = new Repairer(store, link, me).repairAll(report.differences());
        new Applier(store, Direction.PULL, "", HybridClock::observe).recountStock(report.storeStockMismatches());
        return repaired.written() + repaired.sent() + report.storeStockMismatches().size();
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
