package id.cermin.faults;

import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 7: databases that go back in time. A backup is taken at a random point of a
 * random history (with {@code cermin backup}'s own code, as a store owner would), more is
 * written and mirrored on both sides, then the store's database, the hub's, or both are
 * restored from the backup (or the store is reinstalled empty under the same name), and
 * writing goes on. After healing, every invariant holds: every sale made anywhere that
 * one side still had is on the hub and on its own store exactly once, stock equals the
 * ledger, the two sides compare equal, and no receipt number belongs to two sales.
 * Counts: {@code cermin.faults.storeRestores}, {@code hubRestores}, {@code bothRestores},
 * {@code reinstalls}.
 */
class RestoreTrialsIT {

    @Test
    void aStoreRestoredFromABackupGetsBackWhatItMadeSinceAndLosesNothing() throws Exception {
        trials("store-restore", Integer.getInteger("cermin.faults.storeRestores", 2), true, false, false);
    }

    @Test
    void aHubRestoredFromABackupGetsBackWhatTheStoresHave() throws Exception {
        trials("hub-restore", Integer.getInteger("cermin.faults.hubRestores", 2), false, true, false);
    }

    @Test
    void bothRestoredFromBackupsTakenAtDifferentTimes() throws Exception {
        trials("both-restore", Integer.getInteger("cermin.faults.bothRestores", 1), true, true, false);
    }

    @Test
    void aStoreReinstalledEmptyUnderTheSameNameGetsItsOwnRowsBack() throws Exception {
        trials("reinstall", Integer.getInteger("cermin.faults.reinstalls", 1), true, false, true);
    }

    private static void trials(String name, int trials, boolean store, boolean hub, boolean reinstall)
            throws Exception {
        long seed = Long.getLong("cermin.faults.seed", System.nanoTime());
        System.out.printf("%s trials: %d, seed %d%n", name, trials, seed);
        Random random = new Random(seed);
        Path backups = Files.createDirectories(Path.of(System.getProperty("cermin.workDir", "target/it"))
                .resolve("backups").toAbsolutePath());
        try (FaultWorld world = new FaultWorld("restore", 1, 8, 5_000)) {
            for (int t = 0; t < trials; t++) {
                MirrorNode s1 = world.store(0);
                writeAndSync(world, random, 5 + random.nextInt(10), true);
                Path storeBackup = backups.resolve(name + "-store-" + t + ".sql");
                Path hubBackup = backups.resolve(name + "-hub-" + t + ".sql");
                s1.backupTo(storeBackup);
                writeAndSync(world, random, random.nextInt(8), true);
                world.hub.backupTo(hubBackup);
                // Between the backups and the restore only the side that is kept writes: what
                // a restored side wrote after its backup and nobody else had is gone for good.
                if (!(store && hub)) {
                    writeAndSync(world, random, 3 + random.nextInt(8), !hub);
                }
                world.converge();
                if (hub) {
                    world.hub.restoreFrom(hubBackup);
                }
                if (store && reinstall) {
                    s1.reinstall();
                } else if (store) {
                    s1.restoreFrom(storeBackup);
                }
                RunReport first = world.run(0);
                assertTrue(first.succeeded(), first::error);
                if (reinstall) {
                    assertTrue(first.bootstrapped(), "a reinstalled store is filled from the hub");
                } else {
                    assertEquals(store ? "STORE" : "HUB", first.recovered(),
                            "the first run after the restore finds which side went back and reconciles");
                }
                writeAndSync(world, random, random.nextInt(10), true);
                world.converge();
                world.checkInvariants();
                assertEquals(0, world.hub.count("SELECT COUNT(*) FROM (SELECT receipt_no FROM sale GROUP BY receipt_no"
                        + " HAVING COUNT(DISTINCT id) > 1) x"), "no receipt number belongs to two sales");
            }
        }
        System.out.printf("%s trials: %d run, 0 failures%n", name, trials);
    }

    /** {@code writes} random writes on the store (and the hub, when {@code hubToo}), with runs in between. */
    private static void writeAndSync(FaultWorld world, Random random, int writes, boolean hubToo) throws Exception {
        for (int i = 0; i < writes; i++) {
            world.shop.anything(hubToo && random.nextInt(3) == 0 ? world.hub : world.store(0), random);
            if (random.nextInt(3) == 0) {
                world.run(0);
            }
        }
        world.run(0);
    }
}
