package id.cermin.faults;

import id.cermin.mirror.run.RunReport;
import id.cermin.platform.HybridClock;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 8: a store PC whose clock is days wrong (a flat CMOS battery). Its clock is moved
 * three days ahead or back in the middle of a history; the hub's clock is right. An edit
 * the store made while its clock was wrong never wins over a later edit made at the hub;
 * once the store has measured its clock against the hub's, its edits carry the hub's time
 * and win over earlier ones; where an edit loses, a conflict records it (nothing is lost
 * silently); and the store knows how far off its clock is (the dashboard warns). Count:
 * {@code cermin.faults.clockShifts} (each trial moves the clock once, ahead and back in turn:
 * from the third trial on, a clock found slow is then set ahead, as when the owner puts it
 * right after a flat battery, so at least four trials in {@code mvn verify}).
 */
class ClockTrialsIT {

    private static final long THREE_DAYS = Duration.ofDays(3).toMillis();

    @AfterEach
    void rightClock() {
        HybridClock.useWallClock(System::currentTimeMillis);
        HybridClock.useOffset(0);
    }

    @Test
    void aStoreClockDaysOffNeverMakesAnOldEditWin() throws Exception {
        int trials = Integer.getInteger("cermin.faults.clockShifts", 2);
        long seed = Long.getLong("cermin.faults.seed", System.nanoTime());
        System.out.printf("clock trials: %d, seed %d%n", trials, seed);
        Random random = new Random(seed);
        try (FaultWorld world = new FaultWorld("clock", 1, 6, 5_000)) {
            for (int t = 0; t < trials; t++) {
                long skew = t % 2 == 0 ? THREE_DAYS : -THREE_DAYS;
                String product = world.shop.products().get(random.nextInt(world.shop.products().size()));
                HybridClock.useWallClock(() -> System.currentTimeMillis() + skew);
                try {
                    // The store edits while its clock is wrong and it has not yet talked to the hub.
                    long storePrice = 700_000 + t * 10;
                    try (Connection s = world.store(0).connect()) {
                        ShopWrites.setPrice(s, "S1", product, storePrice);
                    }
                    // Later by more than the design's tolerance (the clock is measured to within half
                    // a round trip of one call, which a machine under heavy load can stretch to
                    // hundreds of milliseconds), the hub edits the same product, on the right time.
                    Thread.sleep(2_000);
                    long hubPrice = storePrice + 1;
                    try (Connection h = world.hub.connect()) {
                        ShopWrites.exec(h, "UPDATE product SET sell_price = ?, row_version = ?, origin_node = 'HUB',"
                                + " updated_at = UTC_TIMESTAMP(6) WHERE id = ?", hubPrice,
                                HybridClock.versionAt(System.currentTimeMillis()), product);
                    }
                    RunReport run = world.run(0);
                    assertTrue(run.succeeded(), run::error);
                    assertEquals(-skew, run.clockOffsetMillis(), 60_000, "the store measured its clock against the hub's");
                    world.converge();
                    long kept = world.hub.count("SELECT sell_price FROM product WHERE id = ?", product);
                    long conflicts = world.hub.count("SELECT COUNT(*) FROM mirror_conflict WHERE row_id = ?", product);
                    if (skew > 0) {
                        assertEquals(hubPrice, kept, "the store's earlier edit, stamped from the future, does not win");
                    } else {
                        assertTrue(kept == hubPrice || kept == storePrice, "one of the two edits is kept");
                    }
                    assertTrue(conflicts > 0, "the edit that lost is recorded, not lost silently");
                    assertEquals(kept, world.store(0).count("SELECT sell_price FROM product WHERE id = ?", product));

                    // Now that the store knows its clock, its next edit carries the hub's time and wins.
                    long later = hubPrice + 1;
                    try (Connection s = world.store(0).connect()) {
                        ShopWrites.setPrice(s, "S1", product, later);
                    }
                    world.converge();
                    assertEquals(later, world.hub.count("SELECT sell_price FROM product WHERE id = ?", product));
                    world.checkInvariants();
                } finally {
                    HybridClock.useWallClock(System::currentTimeMillis);
                }
                world.run(0);
            }
        }
        System.out.printf("clock trials: %d run, 0 failures%n", trials);
    }
}
