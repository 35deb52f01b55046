package id.cermin.mirror.run;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.verify.Comparer;
import id.cermin.mirror.verify.HubSide;
import id.cermin.mirror.verify.LocalSide;
import id.cermin.mirror.verify.Repairer;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * After one side was found to have gone back in time (a restored backup, a reinstalled
 * server): compares everything the store shares with the hub against one consistent
 * snapshot of the hub and makes it equal both ways (the store gets back its own sales
 * the hub kept, the hub gets again what the store has and it lost), then sets the
 * store's cursor to that snapshot, forward or back, so the log continues from a point
 * both sides agree on. Changes are never trusted to have been delivered by a number
 * that went back.
 */
final class Reconciler {

    private final Connection store;
    private final HubLink link;

    Reconciler(Connection store, HubLink link) {
        this.store = store;
        this.link = link;
    }

    /** Returns the rows written here or sent to the hub. */
    int reconcile(NodeRef me) throws SQLException {
        Repairer repairer = new Repairer(store, link, me);
        Comparer comparer = new Comparer(new LocalSide(store, me.node()), new HubSide(link));
        Repairer.Repaired total = new Repairer.Repaired(0, 0);
        Snapshot snapshot;
        link.beginSnapshot();
        try {
            snapshot = Snapshot.of(link, me);
            for (MirroredTable table : MirroredTable.values()) {
                for (Comparer.Chunk chunk : comparer.all(table)) {
                    total = total.plus(repairer.repair(table, chunk.differing()));
                }
            }
        } finally {
            link.endSnapshot();
        }
        new Applier(store, Direction.PULL, "", HybridClock::observe)
                .setCursor(snapshot.hub(), snapshot.hub().seq(), snapshot.fp());
        return total.written() + total.sent();
    }
}
