package id.cermin.mirror;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.verify.Verifier;

import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store and a hub on two real MariaDB servers, a catalogue made on the hub and copied
 * to the store by the mirror's bootstrap, and the checks every mirror test ends with.
 */
class MirrorFixture {

    final MirrorNode store;
    final MirrorNode hub;
    final MirrorEngine engine;
    final ShopWrites.Catalogue catalogue;

    MirrorFixture(String prefix, int products) throws SQLException {
        store = MirrorNode.create(ItDatabase.server(), prefix + "_store", "S1");
        hub = MirrorNode.create(MirrorServers.hub(), prefix + "_hub", "HUB");
        try (Connection c = hub.connect()) {
            catalogue = ShopWrites.catalogue(c, "HUB", products);
        }
        engine = new MirrorEngine(store.dataSource(), hub.dataSource());
        RunReport first = sync();
        assertTrue(first.bootstrapped(), "a new store is filled from the hub");
    }

    RunReport sync() {
        return sync(engine);
    }

    static RunReport sync(MirrorEngine engine) {
        RunReport report = engine.run("TEST");
        assertNotNull(report, "no other run was going on");
        assertTrue(report.succeeded(), () -> "run failed: " + report.error());
        return report;
    }

    String sell(MirrorNode node, int quantity, String... productIds) throws SQLException {
        try (Connection c = node.connect()) {
            return ShopWrites.sell(c, node.node(), catalogue.userId(), List.of(productIds), quantity);
        }
    }

    String product(int i) {
        return catalogue.productIds().get(i);
    }

    /** Both sides hold the same mirrored rows, and each side's stock is its ledger's sum. */
    void assertConverged() throws SQLException {
        try (Connection s = store.connect(); Connection h = hub.connect()) {
            Verifier.Report report = Verifier.compare(s, h);
            assertTrue(report.same(), () -> "store and hub differ: " + report);
        }
        assertEquals(List.of(), stockRows(store).stream()
                .filter(r -> ((java.math.BigDecimal) r[1]).compareTo((java.math.BigDecimal) r[2]) != 0).toList(),
                "store stock equals its ledger");
        assertEquals(List.of(), stockRows(hub).stream()
                .filter(r -> ((java.math.BigDecimal) r[1]).compareTo((java.math.BigDecimal) r[2]) != 0).toList(),
                "hub stock equals its ledger");
        List<Object[]> s = stockRows(store);
        List<Object[]> h = stockRows(hub);
        assertEquals(s.size(), h.size());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(s.get(i)[0], h.get(i)[0]);
            assertEquals(0, ((java.math.BigDecimal) s.get(i)[1]).compareTo((java.math.BigDecimal) h.get(i)[1]),
                    "stock of " + s.get(i)[0] + " equal on both sides");
        }
    }

    static List<Object[]> stockRows(MirrorNode node) {
        return node.rows("SELECT p.id, p.stock, COALESCE((SELECT SUM(m.delta) FROM stock_movement m"
                + " WHERE m.product_id = p.id), 0) FROM product p ORDER BY p.id");
    }
}
