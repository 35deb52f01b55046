package id.cermin.faults;

import id.cermin.mirror.run.RunReport;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 4: the link swallows every byte (connections hang). The run gives up at its
 * socket timeout, the counter keeps selling meanwhile, and after healing the next run
 * succeeds and every invariant holds.
 */
class BlackHoleTrialIT {

    @Test
    void aHangingLinkGivesUpInTimeAndTheCounterSellsOn() throws Exception {
        Random random = new Random(7);
        try (FaultWorld world = new FaultWorld("hole", 1, 8, 3_000)) {
            long normal = timeSales(world, random, 5);
            for (int i = 0; i < 10; i++) {
                world.shop.anything(world.store(0), random);
            }
            world.links.get(0).blackHole(true);
            long start = System.nanoTime();
            CompletableFuture<RunReport> run = CompletableFuture.supplyAsync(() -> world.run(0));
            Thread.sleep(300);
            long during = timeSales(world, random, 5);
            RunReport gaveUp = run.get(30, TimeUnit.SECONDS);
            long gaveUpAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertFalse(gaveUp.succeeded());
            assertTrue(gaveUpAfter < 20_000, "gave up near the 3 s socket timeout, not hanging: " + gaveUpAfter);
            System.out.printf("black hole: run gave up after %d ms (socket timeout 3000 ms); 5 sales took %d ms"
                    + " before and %d ms while the link hung%n", gaveUpAfter, normal, during);
            world.converge();
            world.checkInvariants();
        }
    }

    private static long timeSales(FaultWorld world, Random random, int n) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            world.shop.sell(world.store(0), random);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
