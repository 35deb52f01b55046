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
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.link.InboxKind;
import id.cermin.mirror.link.Payload;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.verify.Divergences;
import id.cermin.mirror.verify.RollingCompare;
import id.cermin.platform.HybridClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * One store's mirror. A run asks the hub what it knows of this store ({@code mirror_hello}),
 * checks that neither database went back in time (and if one did, reconciles both before
 * anything else), puts the store's new changes into the hub's inbox, then pulls what the
 * hub has for this store, batch by batch, each batch one store transaction that also
 * moves the hub's cursor here. Plain JDBC between two data sources, so it runs the same
 * in the server, a test and a benchmark; the hub's account is the store's own, which can
 * only call the hub's procedures for stores.
 * <p>
 * Runs never overlap: {@link #run} returns {@code null} when one is already running.
 */
public final class MirrorEngine {

    /** Time each run gives the rolling compare after its exchange (0: none). */
    public static final long DEFAULT_COMPARE_BUDGET_MILLIS = 300;

    private final DataSource local;
    private final DataSource hub;
    private final int batchSize;
    private final int maxBatchesPerRun;
    private final ReentrantLock running = new ReentrantLock();
    private boolean runBefore;
    private volatile long bootstrapCopied = -1;
    private volatile long compareBudgetMillis = DEFAULT_COMPARE_BUDGET_MILLIS;
    private volatile int bootstrapChunk = Bootstrap.CHUNK;
    /** Master rows the last run's compare found different ("table/id"), looked at again after the next run. */
    private final Set<String> suspects = new HashSet<>();
    private volatile String hubNode;

    public MirrorEngine(DataSource local, DataSource hub) {
        this(local, hub, 2000, 50);
    }

    public MirrorEngine(DataSource local, DataSource hub, int batchSize, int maxBatchesPerRun) {
        this.local = local;
        this.hub = hub;
        this.batchSize = batchSize;
        this.maxBatchesPerRun = maxBatchesPerRun;
    }

    /** How long each run compares after its exchange; 0 turns the rolling compare off. */
    public MirrorEngine comparing(long budgetMillis) {
        this.compareBudgetMillis = budgetMillis;
        return this;
    }

    /** Rows per chunk of a new store's copy (tests use small chunks to copy a small hub in many). */
    public MirrorEngine bootstrapChunk(int rows) {
        this.bootstrapChunk = rows;
        return this;
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /** Rows copied so far by a bootstrap going on, or -1 when none is. */
    public long bootstrapCopied() {
        return bootstrapCopied;
    }

    /** The hub's node name as the latest run that reached it heard it; null before any did. */
    public String hubNode() {
        return hubNode;
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
        boolean firstRun = !runBefore;
        if (firstRun) {
            RunLog.markInterrupted(store);
            HybridClock.useOffset(ClockOffset.last(store));
            ClockOffset.observeStoredVersions(store);
            runBefore = true;
        }
        RunLog log = RunLog.start(store, trigger);
        NodeRef me = ChangeLog.identity(store);
        RunReport report;
        try (Connection hubConnection = hub.getConnection()) {
            readCommitted(hubConnection);
            progress.reachable = true;
            HubLink link = new HubLink(hubConnection);
            try {
                report = exchange(store, link, me, progress, firstRun);
            } catch (SQLException | RuntimeException e) {
                report = progress.failed(SqlErrors.describe(e));
            }
            tellHub(store, link, me, report);
        } catch (SQLException | RuntimeException e) {
            report = progress.failed(SqlErrors.describe(e));
        }
        log.finish(store, report);
        return report;
    }

    private RunReport exchange(Connection store, HubLink link, NodeRef me, Progress progress, boolean firstRun)
            throws SQLException {
        Outbound out = Outbound.read(store);
        Cursors.Position pulled = out == null ? null : Cursors.position(store, out.hubDb());
        long sent = HybridClock.wallMillis();
        HubLink.Hello hello = link.hello(me, pulled == null ? -1 : pulled.seq());
        progress.clockOffsetMillis = ClockOffset.record(store, me.node(), hello.hubNow(), sent,
                HybridClock.wallMillis(), firstRun);
        NodeRef hubRef = hello.hub();
        hubNode = hubRef.node();
        boolean otherHub = out != null && !out.hubDb().equals(hubRef.dbId());
        if (otherHub) {
            pulled = Cursors.position(store, hubRef.dbId());
        }
        if (TimeTravel.storeWentBack(store, me, hello, out)) {
            me = new NodeRef(me.dbId(), ChangeLog.newIncarnation(store), me.node(), me.seq());
            progress.recovered = "STORE";
            progress.repaired += new Reconciler(store, link).reconcile(me);
            Outbound.reconciled(store, hubRef.dbId(), me.incarnation());
        } else if (otherHub || TimeTravel.hubWentBack(hello, pulled, out, me)) {
            progress.recovered = "HUB";
            progress.repaired += new Reconciler(store, link).reconcile(me);
            Outbound.reconciled(store, hubRef.dbId(), me.incarnation());
        } else if (pulled == null) {
            bootstrapCopied = 0;
            try {
                new Bootstrap(link, store, bootstrapChunk, copied -> bootstrapCopied = copied).copy(me);
            } finally {
                bootstrapCopied = -1;
            }
            progress.bootstrapped = true;
        }
        push(store, link, me, hello, progress);
        pull(store, link, hubRef, progress);
        progress.heldPush = hello.held();
        progress.heldPull = HeldChanges.list(store, Direction.PULL, hubRef.dbId());
        boolean sameHistory = hello.applied() != null && me.incarnation().equals(hello.applied().incarnation());
        long applied = sameHistory ? hello.applied().seq() : 0;
        Outbound.acked(store, hubRef.dbId(), applied);
        // Only what the hub has applied leaves the log: an entry it holds is sent again from here.
        long purgeUpTo = progress.heldPush.isEmpty() ? applied
                : Math.min(applied, progress.heldPush.get(0).firstSeq() - 1);
        ChangeLog.purge(store, purgeUpTo);
        if (compareBudgetMillis > 0) {
            progress.compared = new RollingCompare(store, link, me).step(compareBudgetMillis, suspects);
        }
        return progress.done();
    }

    /** Held groups again (with their rows as they are now), then this store's new changes, into the hub's inbox. */
    private void push(Connection store, HubLink link, NodeRef me, HubLink.Hello hello, Progress progress)
            throws SQLException {
        for (HeldGroup group : hello.held()) {
            List<Change> changes = ChangeLog.range(store, group.firstSeq(), group.lastSeq());
            if (!changes.isEmpty()) {
                link.push(me, InboxKind.RETRY, group.firstSeq(), group.lastSeq(), null,
                        new Payload(changes, ChangeLog.rowsOf(store, changes)));
            }
        }
        boolean sameHistory = hello.applied() != null && me.incarnation().equals(hello.applied().incarnation());
        // Of a history the hub has not applied yet (a restored store's new one), send what it has not received.
        long from = sameHistory ? hello.deliveredSeq() : hello.receivedSeq();
        for (int i = 0; i < maxBatchesPerRun; i++) {
            Batch batch = ChangeLog.read(store, from, batchSize, hello.hub().node());
            if (batch.isEmpty()) {
                if (i == 0 && !sameHistory && hello.receivedSeq() == 0) {
                    // Nothing to send, but the hub must learn this history (a restored store's new one).
                    link.push(me, InboxKind.BATCH, me.seq() + 1, me.seq(), ChangeLog.fingerprint(store, me.seq()),
                            new Payload(List.of(), Map.of()));
                }
                break;
            }
            link.push(me, InboxKind.BATCH, batch.afterSeq() + 1, batch.lastSeq(), batch.lastFp(),
                    new Payload(batch.changes(), ChangeLog.rowsOf(store, batch.changes())));
            progress.pushed += batch.changes().size();
            from = batch.lastSeq();
        }
        progress.acked = from;
    }

    /** The hub's changes for this store, after the cursor; held groups tried again first. */
    private void pull(Connection store, HubLink link, NodeRef hubRef, Progress progress) throws SQLException {
        Applier toStore = new Applier(store, Direction.PULL, "", HybridClock::observe);
        for (HeldGroup group : HeldChanges.list(store, Direction.PULL, hubRef.dbId())) {
            progress.conflicts += toStore.retry(hubRef, group, group.changes(), rowsAtHub(link, group.changes()))
                    .conflicts().size();
        }
        Cursors.Position position = Cursors.position(store, hubRef.dbId());
        long cursor = position == null ? 0 : position.seq();
        for (int i = 0; i < maxBatchesPerRun; i++) {
            HubLink.Pulled pulled = link.pull(cursor, batchSize, hubRef.node());
            if (pulled.batch().lastSeq() <= cursor) {
                break;
            }
            ApplyResult result = toStore.applyBatch(hubRef, pulled.batch(), pulled.rows());
            progress.pulled += pulled.batch().changes().size();
            progress.conflicts += result.conflicts().size();
            cursor = pulled.batch().lastSeq();
        }
    }

    private static Map<MirroredTable, Map<String, Row>> rowsAtHub(HubLink link, List<Change> changes)
            throws SQLException {
        Map<MirroredTable, List<String>> keys = changes.stream().collect(Collectors.groupingBy(Change::table,
                () -> new EnumMap<>(MirroredTable.class), Collectors.mapping(Change::rowId, Collectors.toList())));
        Map<MirroredTable, Map<String, Row>> rows = new EnumMap<>(MirroredTable.class);
        for (Map.Entry<MirroredTable, List<String>> e : keys.entrySet()) {
            rows.put(e.getKey(), link.rowsById(e.getKey(), e.getValue()));
        }
        return rows;
    }

    /** The hub's Sinkronisasi page shows each store's last run; a failure to say so changes nothing here. */
    private static void tellHub(Connection store, HubLink link, NodeRef me, RunReport report) {
        try {
            link.report(me, report.succeeded(), report.error(), Divergences.summary(store));
        } catch (SQLException | RuntimeException ignored) {
            // the next run reports again
        }
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
        String recovered;
        int repaired;
        int pushed;
        int pulled;
        int conflicts;
        /** How far the hub has this store's changes (applied, or safe in its inbox) after the run. */
        long acked = -1;
        long clockOffsetMillis;
        List<HeldGroup> heldPush = List.of();
        List<HeldGroup> heldPull = List.of();
        RollingCompare.Step compared;

        RunReport done() {
            return report(null);
        }

        RunReport failed(String error) {
            return report(error);
        }

        private RunReport report(String error) {
            return new RunReport(reachable, bootstrapped, recovered, repaired, pushed, pulled, conflicts, heldPush,
                    heldPull, acked, clockOffsetMillis, compared, error);
        }
    }
}
