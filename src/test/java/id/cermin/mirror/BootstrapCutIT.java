package id.cermin.mirror;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new store whose link to the hub breaks in the middle of its first copy: what it copied
 * stays (each chunk is whole, and the stock of every product equals its ledger), no cursor
 * is set, and the next run copies again, keeps what is there, and ends equal to the hub.
 */
class BootstrapCutIT {

    @Test
    void p11_aBootstrapCutMidwayIsTakenUpAgainByTheNextRun() throws Exception {
        MirrorNode store = MirrorNode.create(ItDatabase.server(), "bootcut_store", "S1");
        MirrorNode hub = MirrorNode.create(MirrorServers.hub(), "bootcut_hub", "HUB");
        MirrorNode.StoreAccount account = hub.registerStore("S1");
        try (Connection c = hub.connect()) {
            ShopWrites.catalogue(c, "HUB", 1500, "S1");
        }
        try (TcpProxy link = TcpProxy.start(MirrorServers.hub().port())) {
            MirrorEngine engine = new MirrorEngine(store.dataSource(), account.dataSourceOn(link.port())).comparing(0)
                    .bootstrapChunk(200);
            // About half of the 3,000 product and movement rows: the link breaks inside the copy.
            link.cutAfterBytes(400_000);
            RunReport cut = engine.run("TEST");
            link.cutAfterBytes(-1);
            assertFalse(cut.succeeded(), "the link broke during the copy");
            long products = store.count("SELECT COUNT(*) FROM product");
            long movements = store.count("SELECT COUNT(*) FROM stock_movement");
            assertTrue(products + movements > 0 && products + movements < 3000,
                    () -> "part of the copy was done: " + products + " products, " + movements + " movements");
            assertEquals(0, store.count("SELECT COUNT(*) FROM mirror_inbound"), "no cursor before the copy ends");
            assertEquals(List.of(), store.rows("SELECT p.id FROM product p WHERE p.stock <> COALESCE((SELECT"
                    + " SUM(m.delta) FROM stock_movement m WHERE m.product_id = p.id), 0)"), "stock equals the ledger");

            RunReport again = MirrorFixture.sync(engine, hub);
            assertTrue(again.bootstrapped(), "the next run copies again");
            assertEquals(1500, store.count("SELECT COUNT(*) FROM product"));
            assertEquals(1500, store.count("SELECT COUNT(*) FROM stock_movement"));
            assertEquals(0, store.count("SELECT COUNT(*) FROM product WHERE stock <> 1000"), "each movement once");
            assertEquals(0, store.count("SELECT COUNT(*) FROM mirror_change"), "the copy is not sent back");
            assertEquals(0, MirrorFixture.sync(engine, hub).pulled(), "the next pull starts where the copy ended");
            MirrorFixture.assertConverged(store, hub, account);
        }
    }
}
