package id.cermin.mirror;

import id.cermin.mirror.inbox.InboxApplier;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.verify.Verifier;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store and a hub on two real MariaDB servers, the store registered with the hub and
 * reaching it only with its own store account, a catalogue made on the hub (opening stock
 * on the store's shelf) and copied to the store by the mirror's bootstrap, and the checks
 * every mirror test ends with. {@link #sync} is one store run followed by the hub applying
 * its inbox, as the hub's server does a moment later.
 */
class MirrorFixture {

    /** Rows per bootstrap chunk in the tests: a catalogue of 1,500 products takes two. */
    static final int BOOTSTRAP_CHUNK = 1000;

    final MirrorNode store;
    final MirrorNode hub;
    final MirrorNode.StoreAccount account;
    final MirrorEngine engine;
    final ShopWrites.Catalogue catalogue;

    MirrorFixture(String prefix, int products) throws SQLException {
        this(prefix, products, "S1");
    }

    /** @param shelves the stores whose shelves get an opening stock of 1000 of every product */
    MirrorFixture(String prefix, int products, String... shelves) throws SQLException {
        store = MirrorNode.create(ItDatabase.server(), prefix + "_store", "S1");
        hub = MirrorNode.create(MirrorServers.hub(), prefix + "_hub", "HUB");
        account = hub.registerStore("S1");
        try (Connection c = hub.connect()) {
            catalogue = ShopWrites.catalogue(c, "HUB", products, shelves);
        }
        // Each run compares a whole round, however slow a busy machine makes it: the tests
        // check what is done with a difference, not how many runs a round takes.
        engine = new MirrorEngine(store.dataSource(), account.dataSource()).comparing(120_000)
                .bootstrapChunk(BOOTSTRAP_CHUNK);
        RunReport first = sync();
        assertTrue(first.bootstrapped(), "a new store is filled from the hub");
    }

    RunReport sync() {
        return sync(engine, hub);
    }

    /** One run of {@code engine}, then the hub applies what arrived. */
    static RunReport sync(MirrorEngine engine, MirrorNode hub) {
        RunReport report = engine.run("TEST");
        assertNotNull(report, "no other run was going on");
        assertTrue(report.succeeded(), () -> "run failed: " + report.error());
        drain(hub);
        return report;
    }

    /** The hub's server applying everything in its inbox. */
    static InboxApplier.Drained drain(MirrorNode hub) {
        try (Connection c = hub.connect()) {
            return new InboxApplier(c).drain(10_000);
        } catch (SQLException e) {
            throw new IllegalStateException("The hub could not apply its inbox: " + e.getMessage(), e);
        }
    }

    String sell(MirrorNode node, int quantity, String... productIds) throws SQLException {
        try (Connection c = node.connect()) {
            return ShopWrites.sell(c, node.node(), catalogue.userId(), List.of(productIds), quantity);
        }
    }

    String product(int i) {
        return catalogue.productIds().get(i);
    }

    Verifier.Report compare() throws SQLException {
        return compare(store, account);
    }

    static Verifier.Report compare(MirrorNode store, MirrorNode.StoreAccount account) throws SQLException {
        try (Connection s = store.connect(); Connection h = account.dataSource().getConnection()) {
            return Verifier.compare(s, new HubLink(h), store.node());
        }
    }

    /**
     * Both sides hold the same rows the store shares with the hub; each side's stock is its
     * ledger's sum; the store's stock is what the hub holds of the store's shelf.
     */
    void assertConverged() throws SQLException {
        assertConverged(store, hub, account);
    }

    static void assertConverged(MirrorNode store, MirrorNode hub, MirrorNode.StoreAccount account)
            throws SQLException {
        Verifier.Report report = compare(store, account);
        assertTrue(report.same(), () -> "store and hub differ: " + report);
        for (MirrorNode node : List.of(store, hub)) {
            assertEquals(List.of(), node.rows("SELECT p.id FROM product p WHERE p.stock <> COALESCE((SELECT SUM(m.delta)"
                    + " FROM stock_movement m WHERE m.product_id = p.id), 0)"), node.node() + " stock equals its ledger");
        }
        List<Object[]> here = shelf(store, store.node());
        List<Object[]> there = shelf(hub, store.node());
        assertEquals(here.size(), there.size());
        for (int i = 0; i < here.size(); i++) {
            assertEquals(here.get(i)[0], there.get(i)[0]);
            assertEquals(0, ((BigDecimal) here.get(i)[1]).compareTo((BigDecimal) there.get(i)[1]),
                    "the hub holds the same stock of " + store.node() + "'s shelf for " + here.get(i)[0]);
        }
    }

    /** Each product and the stock a node's ledger gives one store's shelf. */
    static List<Object[]> shelf(MirrorNode node, String store) {
        return node.rows("SELECT p.id, COALESCE((SELECT SUM(m.delta) FROM stock_movement m WHERE m.product_id = p.id"
                + " AND m.store_node = ?), 0) FROM product p ORDER BY p.id", store);
    }
}
