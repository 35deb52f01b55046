package id.cermin.faults;

import id.cermin.mirror.link.HubLink;
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
 * (docs/RELIABILITY.md): each store and the hub hold the same rows the store shares with
 * the hub; every sale is on the hub exactly once with all its lines, and on the store that
 * made it, never on another store; each node's stock equals its ledger and each store's
 * stock equals what the hub holds of that store's shelf; a conflict for every concurrent
 * edit; nothing held in error.
 */
final class Invariants {

    private Invariants() {
    }

    static void check(MirrorNode hub, List<MirrorNode> stores, List<MirrorNode.StoreAccount> accounts,
                      History history) throws SQLException {
        for (int i = 0; i < stores.size(); i++) {
            MirrorNode store = stores.get(i);
            try (Connection s = store.connect(); Connection h = accounts.get(i).dataSource().getConnection()) {
                Verifier.Report report = Verifier.compare(s, new HubLink(h), store.node());
                assertTrue(report.same(), () -> store.node() + " and hub differ: " + report);
                // ... and the status says what the checksums say: no difference left on show.
                assertEquals(0, store.count("SELECT COUNT(*) FROM mirror_divergence"),
                        () -> store.node() + " still shows a difference the checksums no longer see");
            }
        }
        checkSales(hub, history, null);
        for (MirrorNode store : stores) {
            checkSales(store, history, store.node());
            assertEquals(shelf(hub, store.node()), shelf(store, store.node()),
                    "the hub holds the same stock of " + store.node() + "'s shelf");
        }
        for (MirrorNode node : nodes(hub, stores)) {
            try (Connection c = node.connect()) {
                assertEquals(List.of(), Verifier.stockMismatches(c), "stock = ledger on " + node.node());
            }
            assertEquals(0, node.count("SELECT COUNT(*) FROM mirror_error"), "nothing held on " + node.node());
        }
        for (String productId : history.concurrentlyEdited()) {
            assertTrue(hub.count("SELECT COUNT(*) FROM mirror_conflict WHERE row_id = ?", productId) > 0,
                    () -> "concurrent edits of " + productId + " left a conflict; edits: " + history.edits.stream()
                            .filter(e -> e.productId().equals(productId)).toList());
        }
    }

    /** Every sale made by {@code origin} (every sale, when null) once with all its lines; none other. */
    private static void checkSales(MirrorNode node, History history, String origin) {
        Map<String, Integer> expected = new HashMap<>();
        history.saleLines.forEach((id, lines) -> {
            if (origin == null || origin.equals(history.saleOrigin.get(id))) {
                expected.put(id, lines);
            }
        });
        Map<String, Integer> lines = new HashMap<>();
        for (Object[] row : node.rows("SELECT s.id, COUNT(l.id) FROM sale s LEFT JOIN sale_line l"
                + " ON l.sale_id = s.id GROUP BY s.id")) {
            lines.put((String) row[0], ((Number) row[1]).intValue());
        }
        assertEquals(expected, lines, "every sale once, with all its lines, on " + node.node());
        long voids = history.voided.keySet().stream()
                .filter(id -> origin == null || origin.equals(history.saleOrigin.get(id))).count();
        assertEquals(voids, node.count("SELECT COUNT(*) FROM sale_void"), "voids on " + node.node());
    }

    private static List<MirrorNode> nodes(MirrorNode hub, List<MirrorNode> stores) {
        List<MirrorNode> all = new java.util.ArrayList<>(stores);
        all.add(hub);
        return all;
    }

    /** Each product's stock on one store's shelf, by this node's ledger. */
    private static Map<String, String> shelf(MirrorNode node, String store) {
        Map<String, String> stock = new HashMap<>();
        for (Object[] row : node.rows("SELECT p.id, COALESCE((SELECT SUM(m.delta) FROM stock_movement m"
                + " WHERE m.product_id = p.id AND m.store_node = ?), 0) FROM product p", store)) {
            stock.put((String) row[0], ((BigDecimal) row[1]).stripTrailingZeros().toPlainString());
        }
        return stock;
    }
}
