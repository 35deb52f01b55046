package id.cermin.mirror.run;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.ApplyResult;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Fills a store that has never pulled from this hub: every table it shares with the hub
 * (master data, shared rows, its own rows) is copied in key-ordered chunks, parents
 * before children, from one consistent snapshot of the hub, and merged like any other
 * change (rows already here are kept or replaced by version). The store's cursor for the
 * hub is then set to the hub's change number of that snapshot, so the next pull starts
 * exactly where the copy ended.
 */
final class Bootstrap {

    static final int CHUNK = 1000;

    private final HubLink link;
    private final Connection store;
    private final LongConsumer copied;

    /** @param copied told the number of rows copied so far, after every chunk (a progress bar) */
    Bootstrap(HubLink link, Connection store, LongConsumer copied) {
        this.link = link;
        this.store = store;
        this.copied = copied;
    }

    void copy(NodeRef me) throws SQLException {
        Applier applier = new Applier(store, Direction.PULL, "", HybridClock::observe);
        Snapshot snapshot;
        long total = 0;
        link.beginSnapshot();
        try {
            snapshot = Snapshot.of(link, me);
            for (MirroredTable table : MirroredTable.values()) {
                String after = "";
                while (true) {
                    Map<String, Row> rows = link.rows(table, after, CHUNK);
                    if (rows.isEmpty()) {
                        break;
                    }
                    List<Change> changes = rows.keySet().stream().map(id -> Change.synthetic(table, id)).toList();
                    ApplyResult result = applier.applyLoose(changes, Map.of(table, rows));
                    if (!result.held().isEmpty()) {
                        HeldGroup g = result.held().get(0);
                        throw new SQLException("Bootstrap refused " + g.table() + " " + g.rowId() + ": " + g.reason());
                    }
                    total += rows.size();
                    copied.accept(total);
                    after = changes.get(changes.size() - 1).rowId();
                }
            }
        } finally {
            link.endSnapshot();
        }
        applier.setCursor(snapshot.hub(), snapshot.hub().seq(), snapshot.fp());
    }
}
