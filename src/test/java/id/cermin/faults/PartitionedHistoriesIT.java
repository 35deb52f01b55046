package id.cermin.faults;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.List;
import java.util.Random;

/**
 * Trial 5: random histories on two stores and the hub — sales, goods received, voids,
 * price edits — with links going down and up and syncs in between; after healing, every
 * invariant holds. jqwik shrinks a failing history to a minimal one. Tries:
 * {@code -Djqwik.tries.default} (200 in {@code mvn verify}, 5,000 with {@code -Pfaults}).
 */
class PartitionedHistoriesIT {

    /** Fresh databases every so many tries, so a long run does not slow down as its tables grow. */
    private static final int TRIES_PER_WORLD = 250;

    private static FaultWorld world;
    private static int tries;

    @BeforeContainer
    static void start() throws Exception {
        world = new FaultWorld("hist", 2, 6, 5_000);
    }

    @AfterContainer
    static void stop() {
        world.close();
    }

    /** One step: a write on S1, S2 or the hub; a sync, link cut or heal of S1 or S2. */
    record Step(int kind, int node) {

        void apply(FaultWorld w, Random random) throws Exception {
            int store = node % 2;
            switch (kind) {
                case 0, 1, 2, 3 -> w.shop.anything(node == 2 ? w.hub : w.store(node), random);
                case 4, 5 -> w.run(store);
                case 6 -> w.partition(store, true);
                default -> w.partition(store, false);
            }
        }
    }

    @Property(shrinking = ShrinkingMode.FULL)
    void anyPartitionedHistoryConverges(@ForAll("histories") List<Step> history) throws Exception {
        if (++tries % TRIES_PER_WORLD == 0) {
            world.close();
            world = new FaultWorld("hist", 2, 6, 5_000);
        }
        Random random = new Random(history.hashCode());
        for (Step step : history) {
            step.apply(world, random);
        }
        world.converge();
        world.checkInvariants();
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(20);
    }
}
