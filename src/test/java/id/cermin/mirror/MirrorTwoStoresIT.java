package id.cermin.mirror;

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
 * Two stores and one hub, three real MariaDB servers: what one store sells reaches the
 * other through the hub, nothing comes back to where it was made, and two stores
 * selling the same item while offline both count.
 */
class MirrorTwoStoresIT {

    private MirrorFixture f;
    private MirrorNode store2;
    private MirrorEngine engine2;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("two", 8);
        store2 = MirrorNode.create(MirrorServers.store2(), "two_store2", "S2");
        engine2 = new MirrorEngine(store2.dataSource(), f.hub.dataSource());
        assertTrue(MirrorFixture.sync(engine2).bootstrapped());
    }

    @Test
    void p6_changesTravelStoreToStoreThroughTheHubAndNeverComeBack() throws Exception {
        String fromS1 = f.sell(f.store, 2, f.product(0));
        RunReport push = f.sync();
        assertEquals(3, push.pushed());
        assertEquals(0, push.pulled(), "the store does not pull back what it just pushed");
        assertEquals(3, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE origin = 'S1'"),
                "the hub re-logs what it applied, under the store's name");

        RunReport pull2 = MirrorFixture.sync(engine2);
        assertEquals(3, pull2.pulled(), "the other store receives it");
        assertEquals(1, store2.count("SELECT COUNT(*) FROM sale WHERE id = ?", fromS1));
        assertEquals(0, store2.count("SELECT COUNT(*) FROM mirror_change WHERE origin = 'S1'"),
                "a store does not log what it received, so never sends it back");
        assertEquals(0, MirrorFixture.sync(engine2).pushed());
        assertEquals(0, f.sync().pulled());
        f.assertConverged();
    }

    @Test
    void p7_twoStoresSellingTheSameItemOfflineBothCount() throws Exception {
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
        MirrorFixture.sync(engine2);
        f.sync();
        BigDecimal expected = new BigDecimal(1000 - 7 * 3 - 7 * 2);
        for (MirrorNode node : new MirrorNode[] {f.store, store2, f.hub}) {
            assertEquals(0, expected.compareTo((BigDecimal) node.value("SELECT stock FROM product WHERE id = ?",
                    f.product(1))), "stock on " + node.node());
        }
        assertEquals(14, f.hub.count("SELECT COUNT(*) FROM sale"));
        assertEquals(14, store2.count("SELECT COUNT(*) FROM sale"));
        f.assertConverged();
    }

    @Test
    void p12_theHubKnowsEachStoresLastRunAndTrimsItsLogOnlyWhenAllHavePulled() throws Exception {
        try (Connection h = f.hub.connect()) {
            ShopWrites.setPrice(h, "HUB", f.product(2), 55000);
        }
        f.sync();
        assertTrue(f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE row_id = ?", f.product(2)) > 0,
                "kept: the second store has not pulled it yet");
        MirrorFixture.sync(engine2);
        f.sync();
        assertEquals(0, f.hub.count("SELECT COUNT(*) FROM mirror_change WHERE row_id = ?", f.product(2)),
                "purged once both stores have it");
        assertEquals(2, f.hub.count("SELECT COUNT(*) FROM mirror_peer WHERE last_success_at IS NOT NULL"));
        assertEquals(55000L, store2.count("SELECT sell_price FROM product WHERE id = ?", f.product(2)));
    }
}
