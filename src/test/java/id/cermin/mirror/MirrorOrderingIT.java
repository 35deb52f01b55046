package id.cermin.mirror;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Order and atomicity: transactions committing out of order are not skipped, a batch
 * never splits a transaction, and two runs never overlap.
 */
class MirrorOrderingIT {

    private MirrorFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("ordering", 12);
    }

    @Test
    void p4_interleavedTransactionsCommittingOutOfOrderAreNotSkipped() throws Exception {
        try (Connection first = f.store.connect()) {
            first.setAutoCommit(false);
            String early = ShopWrites.sellUncommitted(first, "S1", f.catalogue.userId(), List.of(f.product(0)), 1);
            // A second cashier's sale starts after the first and would commit before it.
            CompletableFuture<String> late = CompletableFuture.supplyAsync(() -> {
                try {
                    return f.sell(f.store, 1, f.product(1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> late.get(500, TimeUnit.MILLISECONDS),
                    "the second writer waits for its change number until the first commits");
            f.sync();
            first.commit();
            String lateId = late.get(10, TimeUnit.SECONDS);
            f.sync();
            assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", early));
            assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", lateId));
        }
        f.assertConverged();
    }

    @Test
    void p5_aBatchNeverSplitsASourceTransaction() throws Exception {
        // Tiny batches, one per run: every batch boundary falls inside some sale.
        MirrorEngine tiny = new MirrorEngine(f.store.dataSource(), f.account.dataSource(), 3, 1);
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sales.add(f.sell(f.store, 1, f.product(0), f.product(1), f.product(2), f.product(3)));
        }
        int runs = 0;
        while (f.hub.count("SELECT COUNT(*) FROM sale WHERE origin_node = 'S1'") < sales.size()) {
            MirrorFixture.sync(tiny, f.hub);
            runs++;
            assertEquals(0, f.hub.count("SELECT COUNT(*) FROM sale s WHERE (SELECT COUNT(*) FROM sale_line l"
                    + " WHERE l.sale_id = s.id) <> 4 AND s.origin_node = 'S1'"), "no sale without all its lines");
            assertEquals(0, f.hub.count("SELECT COUNT(*) FROM sale s WHERE (SELECT COUNT(*) FROM stock_movement m"
                    + " WHERE m.source_id = s.id) <> 4 AND s.origin_node = 'S1'"), "nor without its movements");
            assertTrue(runs <= sales.size(), "one whole sale (or more) per run");
        }
        f.sync();
        f.assertConverged();
    }

    @Test
    void p10_aSecondRunDuringARunReturnsAtOnce() throws Exception {
        f.sell(f.store, 1, f.product(0));
        try (Connection blocker = f.hub.connect()) {
            blocker.setAutoCommit(false);
            // Hold the hub's record of its stores: the next run waits here.
            blocker.createStatement().executeQuery("SELECT * FROM mirror_store FOR UPDATE").close();
            CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> f.engine.run("TIMER"));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!f.engine.isRunning() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
            assertTrue(f.engine.isRunning());
            long start = System.nanoTime();
            assertNull(f.engine.run("BUTTON"), "the button does not queue a second run");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
            blocker.rollback();
            RunReport first = running.get(30, TimeUnit.SECONDS);
            assertTrue(first.succeeded(), () -> first.error());
            assertEquals(3, first.pushed());
        }
        MirrorFixture.drain(f.hub);
        f.assertConverged();
    }
}
