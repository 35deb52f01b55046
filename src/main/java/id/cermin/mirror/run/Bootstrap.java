package id.cermin.mirror.run;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.ApplyResult;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * Fills a store that has never pulled from this hub: every table it shares with the hub
 * (master data, shared rows, its own rows) is copied in key-ordered chunks, parents
 * before children, from one consistent snapshot of the hub, and merged like any other
 * change (rows already here are kept or replaced by version), each chunk one store
 * transaction; the hub reads the next chunk while the store writes one ({@link HubChunks}).
 * The store's cursor for the hub is then set to the hub's change number of that snapshot,
 * so the next pull starts exactly where the copy ended. A copy cut short sets no cursor:
 * the next run copies again and keeps what is already here.
 */
final class Bootstrap {

    /** Rows per chunk: few round trips and commits, and product rows locked a fraction of a second per chunk. */
    static final int CHUNK = 5000;

    private final HubLink link;
    private final Connection store;
    private final int chunk;
    private final LongConsumer copied;

    /** @param copied told the number of rows copied so far, after every chunk (a progress bar) */
    Bootstrap(HubLink link, Connection store, int chunk, LongConsumer copied) {
        this.link = link;
        this.store = store;
        this.chunk = chunk;
        this.copied = copied;
    }

    void copy(NodeRef me) throws SQLException {
        Applier applier = new Applier(store, Direction.PULL, "", HybridClock::observe);
        Snapshot snapshot;
        long total = 0;
        link.beginSnapshot();
        try {
            snapshot = Snapshot.of(link, me);
            try (HubChunks chunks = new HubChunks(link, chunk)) {
                for (HubChunks.Chunk next = chunks.next(); next != null; next = chunks.next()) {
                    ApplyResult result = applier.applyChunk(next.table(), next.rows());
                    if (!result.held().isEmpty()) {
                        HeldGroup g = result.held().get(0);
                        throw new SQLException("Bootstrap refused " + g.table() + " " + g.rowId() + ": " + g.reason());
                    }
                    total += next.rows().size();
                    copied.accept(total);
                }
            }
        } finally {
            link.endSnapshot();
        }
        applier.setCursor(snapshot.hub(), snapshot.hub().seq(), snapshot.fp());
    }
}
