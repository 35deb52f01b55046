package id.cermin.mirror.run;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.ApplyResult;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Fills a store that has never pulled from this hub: every mirrored table is copied in
 * key-ordered chunks, parents before children, from one consistent snapshot of the hub,
 * and merged like any other change (rows already here are kept or replaced by version).
 * The store's cursor for the hub is then set to the hub's change number of that
 * snapshot, so the next pull starts exactly where the copy ended.
 */
final class Bootstrap {

    static final int CHUNK = 1000;

    private final Connection hub;
    private final Connection store;

    Bootstrap(Connection hub, Connection store) {
        this.hub = hub;
        this.store = store;
    }

    void copy(NodeRef hubRef) throws SQLException {
        Applier applier = new Applier(store, Direction.PULL, "", HybridClock::observe);
        hub.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        hub.setAutoCommit(false);
        long snapshotSeq;
        try {
            try (PreparedStatement ps = hub.prepareStatement("START TRANSACTION WITH CONSISTENT SNAPSHOT")) {
                ps.execute();
            }
            snapshotSeq = ChangeLog.identity(hub).seq();
            for (MirroredTable table : MirroredTable.values()) {
                String after = "";
                while (true) {
                    Map<String, Row> rows = Rows.after(hub, table, after, CHUNK);
                    if (rows.isEmpty()) {
                        break;
                    }
                    List<Change> changes = rows.keySet().stream().map(id -> Change.synthetic(table, id)).toList();
                    ApplyResult result = applier.applyLoose(changes, Map.of(table, rows));
                    if (!result.held().isEmpty()) {
                        HeldGroup g = result.held().get(0);
                        throw new SQLException("Bootstrap refused " + g.table() + " " + g.rowId() + ": " + g.reason());
                    }
                    after = changes.get(changes.size() - 1).rowId();
                }
            }
            hub.commit();
        } finally {
            hub.setAutoCommit(true);
            hub.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        applier.setCursor(hubRef, snapshotSeq);
    }
}
