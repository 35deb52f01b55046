package id.cermin.mirror.run;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.ApplyResult;
import id.cermin.mirror.apply.Cursors;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldChanges;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.capture.Batch;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.platform.HybridClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One store's mirror: pushes the store's new changes to the hub, then pulls the hub's
 * new changes (its own and other stores'), batch by batch, each batch one transaction
 * on the destination that also moves the source's cursor there. Plain JDBC between two
 * data sources, so it runs the same in the server, a test and a benchmark.
 * <p>
 * Runs never overlap: {@link #run} returns {@code null} when one is already running.
 */
public final class MirrorEngine {

    private final DataSource local;
    private final DataSource hub;
    private final int batchSize;
    private final int maxBatchesPerRun;
    private final ReentrantLock running = new ReentrantLock();
    private boolean runBefore;

    public MirrorEngine(DataSource local, DataSource hub) {
        this(local, hub, 2000, 50);
    }

    public MirrorEngine(DataSource local, DataSource hub, int batchSize, int maxBatchesPerRun) {
        this.local = local;
        this.hub = hub;
        this.batchSize = batchSize;
        this.maxBatchesPerRun = maxBatchesPerRun;
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /** Runs once, unless a run is going on: then returns null at once. */
    public RunReport run(String trigger) {
        if (!running.tryLock()) {
            return null;
        }
        try {
            return runLocked(trigger);
        } finally {
            running.unlock();
        }
    }

    private RunReport runLocked(String trigger) {
        Progress progress = new Progress();
        try (Connection store = local.getConnection()) {
            int isolation = store.getTransactionIsolation();
            try {
                readCommitted(store);
                return runOn(store, trigger, progress);
            } finally {
                store.setTransactionIsolation(isolation);
                try (PreparedStatement ps = store.prepareStatement("SET innodb_lock_wait_timeout = DEFAULT")) {
                    ps.executeUpdate();
                }
            }
        } catch (SQLException | RuntimeException e) {
            return progress.failed(SqlErrors.describe(e));
        }
    }

    private RunReport runOn(Connection store, String trigger, Progress progress) throws SQLException {
        if (!runBefore) {
            RunLog.markInterrupted(store);
            runBefore = true;
        }
        RunLog log = RunLog.start(store, trigger);
        NodeRef me = ChangeLog.identity(store);
        RunReport report;
        try (Connection hubConnection = hub.getConnection()) {
            readCommitted(hubConnection);
            progress.reachable = true;
            report = exchange(store, hubConnection, me, progress);
        } catch (SQLException | RuntimeException e) {
            report = progress.failed(SqlErrors.describe(e));
        }
        log.finish(store, report);
        return report;
    }

    private RunReport exchange(Connection store, Connection hubConnection, NodeRef me, Progress progress)
            throws SQLException {
        NodeRef hubRef = ChangeLog.identity(hubConnection);
        if (Cursors.read(store, hubRef.dbId()) < 0) {
            new Bootstrap(hubConnection, store).copy(hubRef);
            progress.bootstrapped = true;
        }
        Applier toHub = new Applier(hubConnection, Direction.PUSH, me.node(), v -> { });
        progress.conflicts += retryHeld(store, me, toHub, HeldChanges.list(hubConnection, Direction.PUSH, me.dbId()));
        for (int i = 0; i < maxBatchesPerRun; i++) {
            Batch batch = ChangeLog.read(store, Math.max(0, Cursors.read(hubConnection, me.dbId())),
                    batchSize, hubRef.node());
            if (batch.isEmpty()) {
                break;
            }
            ApplyResult result = toHub.applyBatch(me, batch, ChangeLog.rowsOf(store, batch.changes()));
            progress.pushed += batch.changes().size();
            progress.conflicts += result.conflicts().size();
        }
        Applier toStore = new Applier(store, Direction.PULL, "", HybridClock::observe);
        progress.conflicts += retryHeld(hubConnection, hubRef, toStore,
                HeldChanges.list(store, Direction.PULL, hubRef.dbId()));
        for (int i = 0; i < maxBatchesPerRun; i++) {
            Batch batch = ChangeLog.read(hubConnection, Math.max(0, Cursors.read(store, hubRef.dbId())),
                    batchSize, me.node());
            if (batch.isEmpty()) {
                break;
            }
            ApplyResult result = toStore.applyBatch(hubRef, batch, ChangeLog.rowsOf(hubConnection, batch.changes()));
            progress.pulled += batch.changes().size();
            progress.conflicts += result.conflicts().size();
        }
        progress.heldPush = HeldChanges.list(hubConnection, Direction.PUSH, me.dbId());
        progress.heldPull = HeldChanges.list(store, Direction.PULL, hubRef.dbId());
        progress.acked = Math.max(0, Cursors.read(hubConnection, me.dbId()));
        Retention.trim(store, hubConnection, me, hubRef, progress.acked, progress.heldPush, progress.heldPull);
        return progress.done();
    }

    private int retryHeld(Connection source, NodeRef sourceRef, Applier applier, List<HeldGroup> held)
            throws SQLException {
        int conflicts = 0;
        for (HeldGroup group : held) {
            List<Change> changes = ChangeLog.range(source, group.firstSeq(), group.lastSeq());
            conflicts += applier.retry(sourceRef, group, changes, ChangeLog.rowsOf(source, changes)).conflicts().size();
        }
        return conflicts;
    }

    /**
     * The mirror's sessions read committed data only and give up a lock wait after a few
     * seconds: it never holds up the counter, and the next run tries again.
     */
    public static void readCommitted(Connection c) throws SQLException {
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try (PreparedStatement ps = c.prepareStatement("SET @cermin_origin = NULL, innodb_lock_wait_timeout = 5")) {
            ps.executeUpdate();
        }
    }

    /** Counts kept while a run goes on, so a failure still reports what was done before it. */
    private static final class Progress {
        boolean reachable;
        boolean bootstrapped;
        int pushed;
        int pulled;
        int conflicts;
        long acked = -1;
        List<HeldGroup> heldPush = new ArrayList<>();
        List<HeldGroup> heldPull = new ArrayList<>();

        RunReport done() {
            return new RunReport(reachable, bootstrapped, pushed, pulled, conflicts, heldPush, heldPull, acked, null);
        }

        RunReport failed(String error) {
            return new RunReport(reachable, bootstrapped, pushed, pulled, conflicts, heldPush, heldPull, acked, error);
        }
    }
}
