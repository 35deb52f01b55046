package id.cermin.faults;

import id.cermin.mirror.verify.Verifier;

import id.cermin.testing.MirrorNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold after every trial, once the link is healed and the mirror is idle
 * (docs/RELIABILITY.md): same checksums everywhere, every sale exactly once with all
 * its lines, stock equal to the ledger and equal across nodes, a conflict for every
 * concurrent edit, and nothing held in error.
 */
final class Invariants {

    private Invariants() {
    }

    static void check(MirrorNode hub, List<MirrorNode> stores, History history) throws SQLException {
        for (MirrorNode store : stores) {
            try (Connection s = store.connect(); Connection h = hub.connect()) {
                Verifier.Report report = Verifier.compare(s, h);
                assertTrue(report.same(), () -> store.node() + " and hub differ: " + report);
            }
        }
        Map<String, Object> hubStock = stock(hub);
        for (MirrorNode node : nodes(hub, stores)) {
            Map<String, Integer> lines = new HashMap<>();
            for (Object[] row : node.rows("SELECT s.id, COUNT(l.id) FROM sale s LEFT JOIN sale_line l"
                    + " ON l.sale_id = s.id GROUP BY s.id")) {
                lines.put((String) row[0], ((Number) row[1]).intValue());
            }
            assertEquals(history.saleLines, lines, "every sale once, with all its lines, on " + node.node());
            assertEquals(history.voided.size(), node.count("SELECT COUNT(*) FROM sale_void"), "voids on " + node.node());
            try (Connection c = node.connect()) {
                assertEquals(List.of(), Verifier.stockMismatches(c), "stock = ledger on " + node.node());
            }
            assertEquals(hubStock, stock(node), "stock equal to the hub's on " + node.node());
            assertEquals(0, node.count("SELECT COUNT(*) FROM mirror_error"), "nothing held on " + node.node());
        }
        for (String productId : history.concurrentlyEdited()) {
            assertTrue(hub.count("SELECT COUNT(*) FROM mirror_conflict WHERE row_id = ?", productId) > 0,
                    () -> "concurrent edits of " + productId + " left a conflict; edits: " + history.edits.stream()
                            .filter(e -> e.productId().equals(productId)).toList());
        }
    }

    private static List<MirrorNode> nodes(MirrorNode hub, List<MirrorNode> stores) {
        List<MirrorNode> all = new java.util.ArrayList<>(stores);
        all.add(hub);
        return all;
    }

    private static Map<String, Object> stock(MirrorNode node) {
        Map<String, Object> stock = new HashMap<>();
        for (Object[] row : node.rows("SELECT id, stock FROM product")) {
            stock.put((String) row[0], ((BigDecimal) row[1]).stripTrailingZeros().toPlainString());
        }
        return stock;
    }
}
