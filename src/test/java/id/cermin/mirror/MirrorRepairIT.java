package id.cermin.mirror;

import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.link.HubLink;

import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.verify.Verifier;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.apply.HeldGroup;

import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bootstrap in chunks, verify and repair, a refused change held without stopping the
 * rest, and a change log that keeps what the other side has not applied.
 */
class MirrorRepairIT {

    private MirrorFixture f;

    @BeforeEach
    void setUp() throws Exception {
        // 1,500 products: more than one bootstrap chunk per table.
        f = new MirrorFixture("repair", 1500);
    }

    @Test
    void p11_aNewStoreIsFilledFromTheHubInChunks() throws Exception {
        assertEquals(1500, f.store.count("SELECT COUNT(*) FROM product"));
        assertEquals(1500, f.store.count("SELECT COUNT(*) FROM stock_movement"));
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM product WHERE stock <> 1000"), "stock from the ledger");
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_change"), "the copy is not sent back");
        assertEquals(0, f.sync().pulled(), "the next pull starts where the copy ended");
        f.assertConverged();
    }

    @Test
    void p11_verifyFindsARowChangedBehindTheMirrorsBackAndRepairFixesIt() throws Exception {
        String saleId = f.sell(f.store, 1, f.product(0));
        f.sync();
        // Changes the mirror never saw: written without capture on each side.
        try (Connection h = f.hub.connect()) {
            ShopWrites.exec(h, "SET @cermin_origin = ''");
            ShopWrites.exec(h, "UPDATE sale SET total = total + 1, paid = paid + 1 WHERE id = ?", saleId);
        }
        try (Connection s = f.store.connect()) {
            ShopWrites.exec(s, "SET @cermin_origin = ''");
            ShopWrites.exec(s, "DELETE FROM audit_log");
            ShopWrites.exec(s, "UPDATE product SET stock = stock + 3 WHERE id = ?", f.product(5));
            ShopWrites.exec(s, "INSERT INTO audit_log (id, at, action, entity, origin_node)"
                    + " VALUES ('00000000-0000-7000-8000-00000000abcd', UTC_TIMESTAMP(6), 'FIX', 'sale', 'S1')");
        }
        try (Connection s = f.store.connect(); Connection h = f.account.dataSource().getConnection()) {
            HubLink link = new HubLink(h);
            Verifier.Report report = Verifier.compare(s, link, "S1");
            assertFalse(report.same());
            assertEquals(List.of(MirroredTable.SALE, MirroredTable.AUDIT_LOG),
                    report.differences().stream().map(Verifier.TableDifference::table).toList());
            assertEquals(List.of(saleId), report.differences().get(0).rowIds());
            assertEquals(List.of(f.product(5)), report.storeStockMismatches());
            assertTrue(Verifier.repair(s, link, ChangeLog.identity(s), report) >= 3);
            MirrorFixture.drain(f.hub);
            assertTrue(Verifier.compare(s, link, "S1").same(), "Data sama");
        }
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM audit_log WHERE action = 'FIX'"));
        f.assertConverged();
    }

    @Test
    void aRefusedChangeIsHeldWithItsReasonAndLaterSalesStillSync() throws Exception {
        try (Connection s = f.store.connect(); Connection h = f.hub.connect()) {
            // The same new barcode given to two different products, one on each side, offline.
            ShopWrites.exec(h, "UPDATE product SET barcode = 'DUP-1', row_version = row_version + 1 WHERE id = ?",
                    f.product(10));
            ShopWrites.exec(s, "UPDATE product SET barcode = 'DUP-1', row_version = row_version + 1,"
                    + " origin_node = 'S1' WHERE id = ?", f.product(11));
        }
        String later;
        try (Connection s = f.store.connect()) {
            later = ShopWrites.sell(s, "S1", f.catalogue.userId(), List.of(f.product(20)), 1);
        }
        f.sync();
        RunReport run = f.engine.run("TEST");
        assertTrue(run.succeeded(), run.error());
        assertEquals(1, run.heldPush().size(), "the store's edit is refused by the hub");
        HeldGroup held = run.heldPush().get(0);
        assertEquals("product", held.table());
        assertEquals(f.product(11), held.rowId());
        assertTrue(held.reason().contains("DUP-1"), held.reason());
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", later), "the later sale went through");
        assertEquals(1, run.heldPull().size(), "and the hub's edit is refused by the store");

        // The owner fixes one side; the held groups apply at the next run.
        try (Connection s = f.store.connect()) {
            ShopWrites.exec(s, "UPDATE product SET barcode = 'DUP-2' WHERE id = ?", f.product(11));
        }
        f.sync();
        RunReport fixed = f.sync();
        assertEquals(0, fixed.held(), "nothing stays stuck");
        assertEquals(0, f.hub.count("SELECT COUNT(*) FROM mirror_error"));
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_error"));
        f.assertConverged();
    }

    @Test
    void p12_theLogKeepsWhatTheHubHasNotAppliedAndTheStatusCountsIt() throws Exception {
        try (Connection s = f.store.connect()) {
            for (int i = 0; i < 4; i++) {
                ShopWrites.sell(s, "S1", f.catalogue.userId(), List.of(f.product(i)), 1);
            }
        }
        assertEquals(12, f.store.count("SELECT COUNT(*) FROM mirror_change"));
        id.cermin.testing.MirrorServers.stop(id.cermin.testing.MirrorServers.HUB_PORT);
        try {
            assertFalse(f.engine.run("TEST").succeeded());
            assertEquals(12, f.store.count("SELECT COUNT(*) FROM mirror_change"), "nothing purged while unapplied");
            assertEquals(12, f.store.count("SELECT COUNT(*) FROM mirror_change WHERE seq > (SELECT acked_seq FROM"
                    + " mirror_run WHERE acked_seq IS NOT NULL ORDER BY started_at DESC LIMIT 1)"), "all pending");
            assertEquals(1, f.store.count("SELECT COUNT(*) FROM mirror_run WHERE result = 'FAILED'"
                    + " AND hub_reachable = FALSE AND error IS NOT NULL"));
        } finally {
            id.cermin.testing.MirrorServers.hub();
        }
        f.sync();
        f.sync();
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_change"), "purged once the hub has applied it");
    }
}
