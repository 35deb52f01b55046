package id.cermin.mirror;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.testing.MirrorServers;
import id.cermin.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link between store and hub through a fault-injecting proxy: a hanging link does
 * not hold up the counter, and a run costs few round trips however many rows it moves.
 */
class MirrorLinkIT {

    private MirrorFixture f;
    private TcpProxy proxy;
    private MirrorEngine viaProxy;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("link", 10);
        proxy = TcpProxy.start(MirrorServers.HUB_PORT);
        // A long socket timeout: the sales below must all finish while the run still hangs.
        // The exchange's round trips are counted: the rolling compare after it is left out (it spends
        // a fixed time budget, so a faster machine compares more chunks and makes more round trips).
        viaProxy = new MirrorEngine(f.store.dataSource(), f.account.dataSourceOn(proxy.port(), 40_000)).comparing(0);
    }

    @AfterEach
    void tearDown() {
        proxy.close();
    }

    @Test
    void p8_aHangingLinkNeverDelaysASale() throws Exception {
        f.sell(f.store, 1, f.product(0));
        long normal = timeSale();
        proxy.blackHole(true);
        CompletableFuture<RunReport> stuck = CompletableFuture.supplyAsync(() -> viaProxy.run("TIMER"));
        Thread.sleep(500);
        assertTrue(viaProxy.isRunning(), "the run hangs on the link");
        long worst = 0;
        for (int i = 0; i < 10; i++) {
            worst = Math.max(worst, timeSale());
        }
        System.out.printf("sale while the link hangs: worst %d ms of 10 (a sale before: %d ms)%n", worst, normal);
        assertFalse(stuck.isDone(), "all 10 sales committed while the run was still waiting on the link");
        RunReport gaveUp = stuck.get(120, TimeUnit.SECONDS);
        assertFalse(gaveUp.succeeded(), "the run gives up at the socket timeout");
        proxy.blackHole(false);
        RunReport healed = MirrorFixture.sync(viaProxy, f.hub);
        assertTrue(healed.pushed() >= 10 * 3);
        f.assertConverged();
    }

    @Test
    void p9_aRunCostsFewRoundTripsWhateverItsSize() throws Exception {
        for (int i = 0; i < 100; i++) {
            f.sell(f.store, 1, f.product(i % 10), f.product((i + 3) % 10), f.product((i + 6) % 10));
        }
        proxy.resetCounters();
        RunReport run = MirrorFixture.sync(viaProxy, f.hub);
        assertEquals(100 * 7, run.pushed());
        long trips = proxy.clientWrites();
        System.out.printf("100 sales (700 changes) pushed in %d round trips%n", trips);
        assertTrue(trips < 100, "batched statements, not one per row: " + trips);
        f.assertConverged();
    }

    private long timeSale() throws Exception {
        long start = System.nanoTime();
        f.sell(f.store, 1, f.product(1), f.product(2));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

}
