package id.cermin.faults;

import id.cermin.mirror.run.RunReport;

import id.cermin.testing.MirrorServers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Trial 3: the hub's database server is killed (SIGKILL) at a random moment of a run and
 * restarted on its data; then the mirror runs until idle and every invariant holds.
 * Count: {@code -Dcermin.faults.hubKills}.
 */
class HubCrashTrialsIT {

    @Test
    void theHubDatabaseKilledMidRunLosesAndDoublesNothing() throws Exception {
        int trials = Integer.getInteger("cermin.faults.hubKills", 3);
        long seed = Long.getLong("cermin.faults.seed", System.nanoTime());
        System.out.printf("hub-kill trials: %d, seed %d%n", trials, seed);
        Random random = new Random(seed);
        int failedRuns = 0;
        try (FaultWorld world = new FaultWorld("hubkill", 1, 12, 5_000)) {
            for (int t = 0; t < trials; t++) {
                for (int i = 0; i < 20; i++) {
                    world.shop.anything(i % 3 == 0 ? world.hub : world.store(0), random);
                }
                // A slow link stretches the run so the kill lands inside it.
                world.links.get(0).setLatency(Duration.ofMillis(3));
                CompletableFuture<RunReport> run = CompletableFuture.supplyAsync(() -> world.run(0));
                Thread.sleep(random.nextInt(400));
                MirrorServers.kill(MirrorServers.HUB_PORT);
                if (!run.get(60, TimeUnit.SECONDS).succeeded()) {
                    failedRuns++;
                }
                MirrorServers.hub();
                world.converge();
                world.checkInvariants();
            }
        }
        System.out.printf("hub-kill trials: %d run, %d runs cut by the kill, 0 failures%n", trials, failedRuns);
    }
}
