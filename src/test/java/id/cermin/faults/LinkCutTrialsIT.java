package id.cermin.faults;

import id.cermin.mirror.run.RunReport;

import id.cermin.testing.TcpProxy;
import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * Trial 1: the link to the hub is cut at a random byte of a run, during the push (the
 * store wrote) or the pull (the hub wrote); the link heals, the mirror runs until idle,
 * and every invariant holds. Seed and count: {@code -Dcermin.faults.seed},
 * {@code -Dcermin.faults.linkCuts}.
 */
class LinkCutTrialsIT {

    @Test
    void aLinkCutAtAnyByteOfARunLosesAndDoublesNothing() throws Exception {
        int trials = Integer.getInteger("cermin.faults.linkCuts", 20);
        long seed = Long.getLong("cermin.faults.seed", System.nanoTime());
        System.out.printf("link-cut trials: %d, seed %d%n", trials, seed);
        Random random = new Random(seed);
        int cutPush = 0;
        int cutPull = 0;
        long typicalRunBytes = 20_000;
        try (FaultWorld world = new FaultWorld("cut", 1, 12, 5_000)) {
            TcpProxy link = world.links.get(0);
            for (int t = 0; t < trials; t++) {
                boolean push = t % 2 == 0;
                int writes = 2 + random.nextInt(12);
                for (int i = 0; i < writes; i++) {
                    world.shop.anything(push || random.nextInt(5) == 0 ? world.store(0) : world.hub, random);
                }
                link.resetCounters();
                link.cutAfterBytes((long) (random.nextDouble() * typicalRunBytes));
                RunReport run = world.run(0);
                if (run.succeeded()) {
                    typicalRunBytes = Math.max(2_000, (typicalRunBytes + link.bytesForwarded()) / 2);
                } else if (push) {
                    cutPush++;
                } else {
                    cutPull++;
                }
                world.converge();
                world.checkInvariants();
            }
        }
        System.out.printf("link-cut trials: %d run, %d cut during a push-heavy run, %d during a pull-heavy run,"
                + " 0 failures%n", trials, cutPush, cutPull);
    }
}
