package id.cermin.mirror.web;

import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.verify.Divergences;
import id.cermin.mirror.verify.Verifier;

import id.cermin.platform.LocalWrite;
import id.cermin.platform.NodeIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The store's mirror inside the server: one {@link MirrorEngine} between the store's
 * database and the hub's, run on a fixed-delay timer and by the "Sinkronkan" button, and
 * the "Periksa data" check and repair. The engine refuses overlapping runs itself, so
 * this bean takes no container lock (the button never waits behind the timer) and no
 * container transaction (the engine commits its own batches). On the hub it does nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class MirrorService {

    static final String INTERVAL_SETTING = "CERMIN_SYNC_INTERVAL";
    /** Milliseconds from a committed sale to the run that sends it; 0: the timer and the button only. */
    static final String SOON_SETTING = "CERMIN_SYNC_SOON_MILLIS";
    private static final long DEFAULT_INTERVAL_SECONDS = 15;
    private static final long FIRST_RUN_DELAY_SECONDS = 5;
    /** How soon after a committed sale the mirror sends it: sales in quick succession share one run. */
    private static final long DEFAULT_SOON_MILLIS = 300;
    private static final Logger LOG = Logger.getLogger(MirrorService.class.getName());

    @Resource(lookup = "jdbc/cermin")
    private DataSource local;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private NodeIdentity identity;

    private volatile DataSource hub;
    private volatile MirrorEngine engine;
    private volatile ScheduledFuture<?> schedule;
    private volatile String lastLoggedError;
    private volatile long soonMillis = DEFAULT_SOON_MILLIS;
    private final AtomicBoolean soonScheduled = new AtomicBoolean();
    private final AtomicBoolean runAgain = new AtomicBoolean();
    private final AtomicLong buttonTickets = new AtomicLong();
    private final Map<Long, Optional<RunReport>> buttonResults = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        if (identity.role() != NodeIdentity.Role.STORE) {
            return;
        }
        try {
            hub = (DataSource) new InitialContext().lookup("jdbc/cermin-hub");
        } catch (NamingException e) {
            LOG.warning("No jdbc/cermin-hub data source: this store does not mirror (" + e.getMessage() + ")");
            return;
        }
        engine = new MirrorEngine(local, hub);
        soonMillis = setting(SOON_SETTING, DEFAULT_SOON_MILLIS);
        if (soonMillis <= 0) {
            LOG.info("Mirror does not run after each sale (" + SOON_SETTING + " <= 0): timer and button only");
        }
        long interval = intervalSeconds();
        if (interval > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::timerRun, FIRST_RUN_DELAY_SECONDS, interval,
                    TimeUnit.SECONDS);
            LOG.info("Mirror runs every " + interval + " s");
        } else {
            LOG.info("Mirror timer off (" + INTERVAL_SETTING + " <= 0): runs on the button only");
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    public boolean isRunning() {
        MirrorEngine current = engine;
        return current != null && current.isRunning();
    }

    /** Rows a new store has copied from the hub so far, -1 when it is not filling itself (or on the hub). */
    public long bootstrapCopied() {
        MirrorEngine current = engine;
        return current == null ? -1 : current.bootstrapCopied();
    }

    /** The hub's node name, once a run has reached it since this server started; null before. */
    public String hubNode() {
        MirrorEngine current = engine;
        return current == null ? null : current.hubNode();
    }

    /** One run for the button; null when a run is already going on. Never throws for a failed run: see its report. */
    public RunReport runNow() {
        return requireEngine().run("BUTTON");
    }

    /**
     * The "Sinkronkan" button: starts a run in the background and answers at once, with a
     * ticket to ask for its outcome ({@link #buttonResult}); whatever the link does, the
     * owner's page does not wait for it.
     */
    public long startButtonRun() {
        MirrorEngine current = requireEngine();
        long ticket = buttonTickets.incrementAndGet();
        scheduler.execute(() -> {
            RunReport report = current.run("BUTTON");
            buttonResults.put(ticket, Optional.ofNullable(report));
            buttonResults.keySet().removeIf(t -> t < ticket - 50);
            afterRun(report);
        });
        return ticket;
    }

    /**
     * The outcome of a button run: empty while it runs; a present Optional when done,
     * itself empty when another run was going on and the button's run did not happen.
     */
    public Optional<Optional<RunReport>> buttonResult(long ticket) {
        return Optional.ofNullable(buttonResults.get(ticket));
    }

    /**
     * A sale or another write the hub should see was committed: a run starts shortly after
     * (writes in quick succession share one run); if one is going on, another follows it.
     */
    public void onLocalWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) LocalWrite write) {
        MirrorEngine current = engine;
        long soon = soonMillis;
        if (current == null || soon <= 0 || !soonScheduled.compareAndSet(false, true)) {
            return;
        }
        scheduler.schedule(() -> {
            soonScheduled.set(false);
            runForWrites(current);
        }, soon, TimeUnit.MILLISECONDS);
    }

    /**
     * A run for committed writes. When another run is going on, the writes are left to the
     * run that follows it ({@link #afterRun}); if that run ended before it could see them,
     * this starts the run itself, so they never wait for the timer.
     */
    private void runForWrites(MirrorEngine current) {
        RunReport report = current.run("SALE");
        if (report != null) {
            afterRun(report);
            return;
        }
        runAgain.set(true);
        if (!current.isRunning() && runAgain.compareAndSet(true, false)) {
            scheduler.execute(() -> runForWrites(current));
        }
    }

    /** "Periksa data": compares store and hub. */
    public Verifier.Report verify() throws SQLException {
        requireEngine();
        try (Connection store = local.getConnection(); Connection hubConnection = hubConnection()) {
            return withCleanSessions(store, hubConnection,
                    () -> Verifier.compare(store, new HubLink(hubConnection), identity.node()));
        }
    }

    /** Makes the differing rows of {@code report} equal on both sides; returns the rows written. */
    public int repair(Verifier.Report report) throws SQLException {
        requireEngine();
        try (Connection store = local.getConnection(); Connection hubConnection = hubConnection()) {
            return withCleanSessions(store, hubConnection, () -> Verifier.repair(store, new HubLink(hubConnection),
                    ChangeLog.identity(store), report));
        }
    }

    /** The differences the owner must settle, with both sides' rows (the hub's missing when it cannot be reached). */
    public List<Divergences.Entry> divergences() throws SQLException {
        requireEngine();
        try (Connection store = local.getConnection()) {
            try (Connection hubConnection = hub.getConnection()) {
                return withCleanSessions(store, hubConnection,
                        () -> Divergences.list(store, new HubLink(hubConnection)));
            } catch (SQLException unreachable) {
                return Divergences.list(store, null);
            }
        }
    }

    /** The owner's choice for one difference: the store's row, or the hub's. */
    public void settle(MirroredTable table, String rowId, boolean keepStore) throws SQLException {
        requireEngine();
        try (Connection store = local.getConnection()) {
            if (keepStore) {
                Divergences.keepStore(store, table, rowId, identity.node());
                return;
            }
            try (Connection hubConnection = hubConnection()) {
                withCleanSessions(store, hubConnection, () -> {
                    Divergences.keepHub(store, new HubLink(hubConnection), table, rowId);
                    return null;
                });
            }
        }
    }

    /** The timer's task: a failed run is logged once per distinct error; nothing stops the schedule. */
    private void timerRun() {
        try {
            RunReport report = engine.run("TIMER");
            afterRun(report);
            if (report == null) {
                return;
            }
            String error = report.error();
            if (error != null && !error.equals(lastLoggedError)) {
                LOG.warning("Mirror run failed: " + error);
            } else if (error == null && lastLoggedError != null) {
                LOG.info("Mirror runs again");
            }
            lastLoggedError = error;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Mirror run crashed; the timer goes on", e);
        }
    }

    /** Writes that came in while a run was going on are sent by one more run. */
    private void afterRun(RunReport report) {
        MirrorEngine current = engine;
        if (report != null && runAgain.compareAndSet(true, false)) {
            scheduler.schedule(() -> runForWrites(current), soonMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The engine; on the hub, or on a store without a hub data source, there is no hub to reach. */
    private MirrorEngine requireEngine() {
        MirrorEngine current = engine;
        if (current == null) {
            throw new HubUnreachableException(identity.role() == NodeIdentity.Role.HUB
                    ? "The hub does not run the mirror; stores do" : "No jdbc/cermin-hub data source", null);
        }
        return current;
    }

    private Connection hubConnection() {
        try {
            return hub.getConnection();
        } catch (SQLException e) {
            throw new HubUnreachableException("Hub database unreachable: " + SqlErrors.describe(e), e);
        }
    }

    /** Runs on read-committed sessions without a leftover mirror origin, then restores them. */
    private static <T> T withCleanSessions(Connection store, Connection hub, SqlWork<T> work) throws SQLException {
        int storeIsolation = store.getTransactionIsolation();
        int hubIsolation = hub.getTransactionIsolation();
        try {
            MirrorEngine.readCommitted(store);
            MirrorEngine.readCommitted(hub);
            return work.run();
        } finally {
            store.setTransactionIsolation(storeIsolation);
            hub.setTransactionIsolation(hubIsolation);
            // The store connection goes back to the pool: the counter gets the default lock wait again.
            try (var ps = store.prepareStatement("SET innodb_lock_wait_timeout = DEFAULT")) {
                ps.executeUpdate();
            }
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    static long intervalSeconds() {
        return setting(INTERVAL_SETTING, DEFAULT_INTERVAL_SECONDS);
    }

    private static long setting(String name, long fallback) {
        try {
            return id.cermin.platform.NodeSettings.fromEnvironment().number(name, fallback);
        } catch (IllegalStateException e) {
            LOG.warning(e.getMessage() + "; using " + fallback);
            return fallback;
        }
    }
}
