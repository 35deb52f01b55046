package id.cermin.faults;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.HubDrainer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Trial 6: duplicate and reordered delivery. Two mirror engines for the same store (two
 * processes, say a restarted server whose old one lingers) run at the same time while
 * both sides keep writing, so batches are read twice and applied in either order; and
 * one engine's button press during its timer run is refused, not queued.
 */
class RacingRunsTrialsIT {

    @Test
    void racingRunsDeliverEveryChangeExactlyOnce() throws Exception {
        int trials = Integer.getInteger("cermin.faults.races", 5);
        Random random = new Random(Long.getLong("cermin.faults.seed", 11));
        try (FaultWorld world = new FaultWorld("race", 1, 10, 5_000)) {
            MirrorEngine second = new MirrorEngine(world.store(0).dataSource(), world.accounts.get(0).dataSource());
            for (int t = 0; t < trials; t++) {
                List<CompletableFuture<?>> running = new ArrayList<>();
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 4; i++) {
                        world.run(0);
                    }
                }));
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 4; i++) {
                        second.run("RACE");
                        HubDrainer.drainOnce(world.hub);
                    }
                }));
                for (int i = 0; i < 15; i++) {
                    world.shop.anything(i % 2 == 0 ? world.store(0) : world.hub, random);
                }
                for (CompletableFuture<?> f : running) {
                    f.get(120, TimeUnit.SECONDS);
                }
                world.converge();
                world.checkInvariants();
            }
            world.links.get(0).blackHole(true);
            CompletableFuture<RunReport> timer = CompletableFuture.supplyAsync(() -> world.run(0));
            Thread.sleep(300);
            assertNull(world.engines.get(0).run("BUTTON"), "a press during a run is refused");
            world.links.get(0).blackHole(false);
            world.links.get(0).cutAll();
            timer.get(60, TimeUnit.SECONDS);
            world.converge();
            world.checkInvariants();
        }
    }
}
