package id.cermin.mirror;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Mutasi stok through the mirror: S1 sends 20 to S2; the transfer leaves S1's shelf at
 * once, reaches S2 through the hub (and no other store's rows with it), and enters S2's
 * shelf once when S2 takes it in; the receipt travels back to S1. The hub holds every
 * shelf and their total. The links are cut at many points of the runs that carry it, and
 * the goods still move exactly once.
 */
class MirrorTransferIT {

    private MirrorFixture f;
    private MirrorNode store2;
    private MirrorNode.StoreAccount account2;
    private TcpProxy link1;
    private TcpProxy link2;
    private MirrorEngine engine1;
    private MirrorEngine engine2;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("xfer", 3, "S1", "S2");
        store2 = MirrorNode.create(MirrorServers.store2(), "xfer_store2", "S2");
        account2 = f.hub.registerStore("S2");
        link1 = TcpProxy.start(MirrorServers.HUB_PORT);
        link2 = TcpProxy.start(MirrorServers.HUB_PORT);
        engine1 = new MirrorEngine(f.store.dataSource(), f.account.dataSourceOn(link1.port(), 5_000));
        engine2 = new MirrorEngine(store2.dataSource(), account2.dataSourceOn(link2.port(), 5_000));
        MirrorFixture.sync(engine2, f.hub);
    }

    @AfterEach
    void tearDown() {
        link1.close();
        link2.close();
    }

    @Test
    void goodsLeaveOneShelfAndEnterTheOtherOnceWhenTakenIn() throws Exception {
        String sold = f.sell(f.store, 1, f.product(1));
        String transfer = send(20, f.product(0));
        assertShelf(f.store, "S1", 980);
        MirrorFixture.sync(engine1, f.hub);
        assertShelf(f.hub, "S1", 980);
        assertShelf(f.hub, "S2", 1000);
        assertTotal(f.hub, 1980);

        RunReport pull = MirrorFixture.sync(engine2, f.hub);
        assertEquals(2, pull.pulled(), "the receiving store gets the transfer and its line, nothing else");
        assertEquals(1, store2.count("SELECT COUNT(*) FROM stock_transfer WHERE id = ?", transfer));
        assertEquals(0, store2.count("SELECT COUNT(*) FROM stock_movement WHERE store_node = 'S1'"),
                "not the sending shelf's movements");
        assertEquals(0, store2.count("SELECT COUNT(*) FROM sale WHERE id = ?", sold), "not the sender's sales");
        assertShelf(store2, "S2", 1000);

        receive(transfer);
        assertShelf(store2, "S2", 1020);
        MirrorFixture.sync(engine2, f.hub);
        MirrorFixture.sync(engine1, f.hub);
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM stock_transfer_receipt WHERE transfer_id = ?", transfer),
                "the sender learns its goods arrived");
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM stock_movement WHERE store_node = 'S2'"));
        assertShelf(f.store, "S1", 980);
        assertShelf(f.hub, "S1", 980);
        assertShelf(f.hub, "S2", 1020);
        assertTotal(f.hub, 2000);
        assertEquals(0, MirrorFixture.sync(engine1, f.hub).pulled() + MirrorFixture.sync(engine2, f.hub).pulled());
        f.assertConverged();
        MirrorFixture.assertConverged(store2, f.hub, account2);
    }

    @Test
    void aTransferMovesExactlyOnceWhenTheLinksAreCutMidRun() throws Exception {
        long[] cuts = {300, 1_500, 4_000, 9_000, 16_000};
        int transfers = 0;
        for (long cut : cuts) {
            String transfer = send(5, f.product(0), f.product(2));
            transfers++;
            cutRun(engine1, link1, cut);
            heal(engine1);
            cutRun(engine2, link2, cut);
            heal(engine2);
            receive(transfer);
            cutRun(engine2, link2, cut / 2);
            heal(engine2);
            heal(engine1);
        }
        int moved = 5 * transfers;
        for (int product : new int[] {0, 2}) {
            assertShelf(f.store, "S1", 1000 - moved, product);
            assertShelf(store2, "S2", 1000 + moved, product);
            assertShelf(f.hub, "S1", 1000 - moved, product);
            assertShelf(f.hub, "S2", 1000 + moved, product);
        }
        assertEquals(transfers, f.hub.count("SELECT COUNT(*) FROM stock_transfer_receipt"));
        assertEquals(transfers, f.store.count("SELECT COUNT(*) FROM stock_transfer_receipt"));
        assertEquals(2L * transfers, f.hub.count("SELECT COUNT(*) FROM stock_movement WHERE kind = 'TRANSFER_IN'"));
        assertEquals(2L * transfers, f.hub.count("SELECT COUNT(*) FROM stock_movement WHERE kind = 'TRANSFER_OUT'"));
        f.assertConverged();
        MirrorFixture.assertConverged(store2, f.hub, account2);
    }

    @Test
    void onlyTheSenderWritesATransferAndOnlyTheReceiverTakesItIn() throws Exception {
        // S2 claims goods S1 never sent, and takes in a transfer meant for S1: the hub holds both.
        try (Connection c = store2.connect()) {
            ShopWrites.sendTransfer(c, "S1", "S2", f.catalogue.userId(), List.of(f.product(0)), 50);
        }
        String toS1;
        try (Connection c = store2.connect()) {
            toS1 = ShopWrites.sendTransfer(c, "S2", "S1", f.catalogue.userId(), List.of(f.product(1)), 3);
        }
        MirrorFixture.sync(engine2, f.hub);
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM stock_transfer"), "only the transfer S2 really sent");
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM stock_transfer WHERE id = ?", toS1));
        assertFalse(f.hub.rows("SELECT reason FROM mirror_error WHERE direction = 'PUSH'").isEmpty(),
                "the forged one is held, with its reason");
        MirrorFixture.sync(engine1, f.hub);
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM stock_transfer"), "S1 learns of the one sent to it");
        assertShelf(f.store, "S1", 1000, 0);
        assertShelf(f.hub, "S1", 1000, 0);
    }

    private String send(int quantity, String... products) throws Exception {
        try (Connection c = f.store.connect()) {
            return ShopWrites.sendTransfer(c, "S1", "S2", f.catalogue.userId(), List.of(products), quantity);
        }
    }

    private void receive(String transfer) throws Exception {
        try (Connection c = store2.connect()) {
            ShopWrites.receiveTransfer(c, "S2", f.catalogue.userId(), transfer);
        }
    }

    /** One run of the engine with its link cut after {@code bytes}; the hub applies whatever arrived. */
    private void cutRun(MirrorEngine engine, TcpProxy link, long bytes) {
        link.resetCounters();
        link.cutAfterBytes(bytes);
        engine.run("TEST");
        MirrorFixture.drain(f.hub);
        link.cutAfterBytes(-1);
    }

    /** Runs until the store has nothing more to send or take. */
    private void heal(MirrorEngine engine) {
        for (int i = 0; i < 5; i++) {
            RunReport run = MirrorFixture.sync(engine, f.hub);
            if (run.pushed() == 0 && run.pulled() == 0) {
                return;
            }
        }
    }

    private void assertShelf(MirrorNode node, String store, int expected) {
        assertShelf(node, store, expected, 0);
    }

    private void assertShelf(MirrorNode node, String store, int expected, int product) {
        BigDecimal shelf = (BigDecimal) node.value("SELECT COALESCE(SUM(delta), 0) FROM stock_movement"
                + " WHERE product_id = ? AND store_node = ?", f.product(product), store);
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(shelf), store + "'s shelf on " + node.node());
        if (!node.node().equals("HUB")) {
            BigDecimal stock = (BigDecimal) node.value("SELECT stock FROM product WHERE id = ?", f.product(product));
            assertEquals(0, BigDecimal.valueOf(expected).compareTo(stock), "the stock a store shows is its shelf");
        }
    }

    private void assertTotal(MirrorNode hub, int expected) {
        BigDecimal stock = (BigDecimal) hub.value("SELECT stock FROM product WHERE id = ?", f.product(0));
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(stock), "the hub's stock is every shelf together");
    }
}
