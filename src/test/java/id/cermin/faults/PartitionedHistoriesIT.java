package id.cermin.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Trial 5: random partitioned histories ({@link HistoryGenerator}) on two stores and the
 * hub — sales, goods received, voids, price edits, archives — with links going down and
 * up and syncs in between; after healing, every invariant holds. A failing history is
 * shrunk ({@link Shrinker}), each smaller candidate on fresh databases, and the test
 * fails with the seeds and the shrunk history. Count: {@code -Dcermin.faults.histories}
 * (200 in {@code mvn verify}, 5,000 with {@code -Pfaults}). The same run again:
 * {@code -Dcermin.faults.historiesSeed=<run seed>}; one history alone, on fresh
 * databases: {@code -Dcermin.faults.historySeed=<history seed>}.
 */
class PartitionedHistoriesIT {

    /** Fresh databases every so many histories, so a long run does not slow down as its tables grow. */
    private static final int HISTORIES_PER_WORLD = 250;

    private FaultWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void anyPartitionedHistoryConverges() throws SQLException {
        Long alone = Long.getLong("cermin.faults.historySeed");
        if (alone != null) {
            System.out.printf("partitioned history alone, seed %d%n", alone);
            world = freshWorld();
            check("history alone", alone, HistoryGenerator.history(alone));
            return;
        }
        int count = Integer.getInteger("cermin.faults.histories", 200);
        long runSeed = Long.getLong("cermin.faults.historiesSeed", System.nanoTime());
        System.out.printf("partitioned histories: %d, run seed %d%n", count, runSeed);
        long started = System.nanoTime();
        Random seeds = new Random(runSeed);
        Map<String, Integer> operations = new TreeMap<>();
        for (int trial = 1; trial <= count; trial++) {
            if ((trial - 1) % HISTORIES_PER_WORLD == 0) {
                stop();
                world = freshWorld();
            }
            long seed = seeds.nextLong();
            List<Operation> history = HistoryGenerator.history(seed);
            check("history " + trial + " of " + count + " (run seed " + runSeed + ")", seed, history);
            history.forEach(op -> operations.merge(op.getClass().getSimpleName(), 1, Integer::sum));
        }
        System.out.printf("partitioned histories: %d run, 0 failures, operations %s, %d s%n",
                count, operations, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Runs the history on the current world; on a failure shrinks it and fails. */
    private void check(String which, long seed, List<Operation> history) {
        Throwable failure = failureOf(world, history);
        if (failure != null) {
            stop();
            world = null;
            fail(which + ", seed " + seed + " (-Dcermin.faults.historySeed=" + seed + " runs it alone), failed: "
                    + failure + "\n" + numbered("history", history) + shrunk(history), failure);
        }
    }

    /** The failing history shrunk on fresh databases, with what the shrunk one failed with; or why not. */
    private static String shrunk(List<Operation> history) {
        if (failureOf(history) == null) {
            return "It passes alone on fresh databases: it fails only after what the earlier histories left;"
                    + " repeat the whole run with its run seed.";
        }
        int[] tries = {0};
        List<Operation> shrunk = Shrinker.shrink(history, candidate -> {
            tries[0]++;
            return failureOf(candidate) != null;
        });
        Throwable failure = failureOf(shrunk);
        return numbered("shrunk in " + tries[0] + " tries on fresh databases", shrunk)
                + "The shrunk history " + (failure == null ? "passed when run once more." : "fails with: " + failure);
    }

    private static Throwable failureOf(List<Operation> history) {
        try (FaultWorld fresh = freshWorld()) {
            return failureOf(fresh, history);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make fresh databases to try a history on", e);
        }
    }

    private static Throwable failureOf(FaultWorld world, List<Operation> history) {
        try {
            for (Operation operation : history) {
                operation.apply(world);
            }
            world.converge();
            world.checkInvariants();
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    private static FaultWorld freshWorld() throws SQLException {
        return new FaultWorld("hist", 2, 6, 5_000);
    }

    private static String numbered(String title, List<Operation> history) {
        StringBuilder text = new StringBuilder(title + ", " + history.size() + " operations:\n");
        for (int i = 0; i < history.size(); i++) {
            text.append(String.format("  %2d. %s%n", i + 1, history.get(i)));
        }
        return text.toString();
    }
}
