package id.cermin.faults;

import java.sql.SQLException;
import java.util.Random;

/**
 * One step of a partitioned history ({@link HistoryGenerator}): a write on a store or the
 * hub, a mirror run of a store, or a store's link to the hub cut or healed. Each prints
 * as a short line, so a failing history reads like what happened.
 */
sealed interface Operation {

    /** Node 0 and 1 are the stores S1 and S2, node 2 is the hub. */
    int HUB = 2;

    void apply(FaultWorld world) throws SQLException;

    /** One random write of any kind ({@link Shop#anything}), its details drawn from its own seed. */
    record Write(int node, long details) implements Operation {
        @Override
        public void apply(FaultWorld world) throws SQLException {
            world.shop.anything(node == HUB ? world.hub : world.store(node), new Random(details));
        }

        @Override
        public String toString() {
            return Shop.Kind.draw(new Random(details)).label + " on " + name(node) + " (details " + details + ")";
        }
    }

    /** A mirror run of the store; it fails while the link is down. */
    record Sync(int store) implements Operation {
        @Override
        public void apply(FaultWorld world) {
            world.run(store);
        }

        @Override
        public String toString() {
            return "sync " + name(store);
        }
    }

    /** The store's link to the hub cut (new connections refused, open ones cut) or healed. */
    record Link(int store, boolean down) implements Operation {
        @Override
        public void apply(FaultWorld world) {
            world.partition(store, down);
        }

        @Override
        public String toString() {
            return "link " + name(store) + (down ? " down" : " up");
        }
    }

    private static String name(int node) {
        return node == HUB ? "HUB" : "S" + (node + 1);
    }
}
