package id.cermin.mirror;

import id.cermin.mirror.inbox.HubLog;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two stores through one hub: master data travels from one store to the other through
 * the hub and never comes back to where it was made; a store's sales and stock are its
 * own (the other store never receives them); the hub keeps everything and knows each
 * store's last run.
 */
class MirrorTwoStoresIT {

    private MirrorFixture f;
    private MirrorNode store2;
    private MirrorNode.StoreAccount account2;
    private MirrorEngine engine2;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("two", 8, "S1", "S2");
        store2 = MirrorNode.create(MirrorServers.store2(), "two_store2", "S2");
        account2 = f.hub.registerStore("S2");
        engine2 = new MirrorEngine(store2.dataSource(), account2.dataSource());
        assertTrue(MirrorFixture.sync(engine2, f.hub).bootstrapped());
    }

    @Test
    void p6_masterDataTravelsStoreToStoreThroughTheHubAndNeverComesBack() throws Exception {
        try (Connection s = f.store.connect()) {
            ShopWrites.setPrice(s, "S1", f.product(0), 53000);
        }
        RunReport push = f.sync();
        assertEquals(1, push.pushed());
        assertEquals(0, push.pulled(), "the store does not pull back what it just pushed");
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE origin = 'S1' AND row_id = ?",
                f.product(0)), "the hub re-logs what it applied, under the store's name");

        RunReport pull2 = MirrorFixture.sync(engine2, f.hub);
        assertEquals(1, pull2.pulled(), "the other store receives it");
        assertEquals(53000L, store2.count("SELECT sell_price FROM product WHERE id = ?", f.product(0)));
        assertEquals(0, store2.count("SELECT COUNT(*) FROM mirror_change"),
                "a store does not log what it received, so never sends it back");
        assertEquals(0, MirrorFixture.sync(engine2, f.hub).pushed());
        assertEquals(0, f.sync().pulled());
        f.assertConverged();
        MirrorFixture.assertConverged(store2, f.hub, account2);
    }

    @Test
    void aStoreNeverReceivesAnotherStoresSales() throws Exception {
        String fromS1 = f.sell(f.store, 2, f.product(0));
        f.sync();
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", fromS1), "the hub keeps everything");
        assertEquals(0, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE origin = 'S1'"),
                "a store's own rows go back to no one");
        RunReport other = MirrorFixture.sync(engine2, f.hub);
        assertEquals(0, other.pulled());
        assertEquals(0, store2.count("SELECT COUNT(*) FROM sale"));
        assertEquals(0, store2.count("SELECT COUNT(*) FROM stock_movement WHERE store_node = 'S1'"));
        MirrorFixture.assertConverged(store2, f.hub, account2);
    }

    @Test
    void p7_twoStoresSellingTheSameItemWhileApartKeepSeparateStock() throws Exception {
        MirrorServers.stop(MirrorServers.HUB_PORT);
        try {
            for (int i = 0; i < 7; i++) {
                f.sell(f.store, 3, f.product(1));
                f.sell(store2, 2, f.product(1));
            }
        } finally {
            MirrorServers.hub();
        }
        f.sync();
        MirrorFixture.sync(engine2, f.hub);
        f.sync();
        assertStock(f.store, 1000 - 7 * 3);
        assertStock(store2, 1000 - 7 * 2);
        assertStock(f.hub, 2000 - 7 * 3 - 7 * 2);
        assertEquals(14, f.hub.count("SELECT COUNT(*) FROM sale"));
        assertEquals(7, f.store.count("SELECT COUNT(*) FROM sale"));
        assertEquals(7, store2.count("SELECT COUNT(*) FROM sale"));
        f.assertConverged();
        MirrorFixture.assertConverged(store2, f.hub, account2);
    }

    @Test
    void p12_theHubKnowsEachStoresLastRunAndTrimsItsLogOnlyWhenAllHavePulled() throws Exception {
        try (Connection h = f.hub.connect()) {
            ShopWrites.setPrice(h, "HUB", f.product(2), 55000);
            ShopWrites.setPrice(h, "HUB", f.product(3), 56000);
        }
        f.sync();
        trimHubLog();
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE row_id = ?", f.product(2)),
                "kept: the second store has not pulled it yet");
        MirrorFixture.sync(engine2, f.hub);
        trimHubLog();
        assertEquals(0, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE row_id = ?", f.product(2)),
                "trimmed once both stores have it");
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE row_id = ?", f.product(3)),
                "the change at the stores' point stays, so they can tell the hub's history is intact");
        assertEquals(2, f.hub.count("SELECT COUNT(*) FROM mirror_peer WHERE last_success_at IS NOT NULL"));
        assertEquals(55000L, store2.count("SELECT sell_price FROM product WHERE id = ?", f.product(2)));
    }

    private void trimHubLog() throws Exception {
        try (Connection h = f.hub.connect()) {
            HubLog.trim(h);
        }
    }

    private void assertStock(MirrorNode node, int expected) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) node.value("SELECT stock FROM product"
                + " WHERE id = ?", f.product(1))), "stock on " + node.node());
    }
}
