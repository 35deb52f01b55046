package id.cermin.mirror;

import id.cermin.mirror.inbox.HubLog;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.report.ReportQueries;
import id.cermin.report.SalesReport;
import id.cermin.report.StockInReport;
import id.cermin.testing.ItJpa;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two stores through one hub: master data travels from one store to the other through
 * the hub and never comes back to where it was made; a store's sales and stock are its
 * own (the other store never receives them); the hub keeps everything, its report of
 * each store is that store's own report, and it knows each store's last run.
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

    @Test
    void theHubsReportOfEachStoreEqualsThatStoresOwnReport() throws Exception {
        try (Connection s1 = f.store.connect(); Connection s2 = store2.connect()) {
            String cashier = f.catalogue.userId();
            ShopWrites.sell(s1, "S1", cashier, List.of(f.product(0), f.product(1)), 3);
            ShopWrites.voidSale(s1, "S1", cashier, ShopWrites.sell(s1, "S1", cashier, List.of(f.product(2)), 1));
            ShopWrites.receive(s1, "S1", cashier, List.of(f.product(3)), 12);
            for (int i = 0; i < 4; i++) {
                ShopWrites.sell(s2, "S2", cashier, List.of(f.product(i)), i + 1);
            }
            ShopWrites.receive(s2, "S2", cashier, List.of(f.product(0), f.product(4)), 5);
        }
        f.sync();
        MirrorFixture.sync(engine2, f.hub);

        // Around today in any zone: the reports count business days of the node's zone.
        LocalDate from = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
        LocalDate to = from.plusDays(2);
        try (ItJpa hubJpa = ItJpa.existing(f.hub.url()); ItJpa s1Jpa = ItJpa.existing(f.store.url());
             ItJpa s2Jpa = ItJpa.existing(store2.url())) {
            ReportQueries hub = ReportQueries.over(hubJpa.entityManager());
            SalesReport all = hub.sales(from, to, null);
            long sum = 0;
            for (var store : List.of(Map.entry("S1", s1Jpa), Map.entry("S2", s2Jpa))) {
                ReportQueries own = ReportQueries.over(store.getValue().entityManager());
                SalesReport there = own.sales(from, to, null);
                SalesReport atHub = hub.sales(from, to, store.getKey());
                assertTrue(there.count() > 0);
                assertEquals(receipts(there), receipts(atHub), store.getKey() + ": the same sales, voids included");
                assertEquals(there.total(), atHub.total(), store.getKey() + ": total");
                assertEquals(there.profit(), atHub.profit(), store.getKey() + ": profit");
                assertEquals(there.count(), atHub.count(), store.getKey() + ": sales counted");
                StockInReport inThere = own.stockIns(from, to, null);
                StockInReport inAtHub = hub.stockIns(from, to, store.getKey());
                assertEquals(inThere.totalCost(), inAtHub.totalCost(), store.getKey() + ": goods received");
                assertEquals(inThere.count(), inAtHub.count(), store.getKey() + ": stock-ins counted");
                sum += atHub.total();
            }
            assertEquals(sum, all.total(), "the branches together are the whole");
        }
    }

    private static List<String> receipts(SalesReport report) {
        return report.rows().stream().map(r -> r.receiptNo() + (r.voidedAt() == null ? "" : " void")).toList();
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
