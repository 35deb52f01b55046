package id.cermin.mirror.web;

import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.verify.Verifier;

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
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
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
    private static final long DEFAULT_INTERVAL_SECONDS = 15;
    private static final long FIRST_RUN_DELAY_SECONDS = 5;
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

    /** One run for the button; null when a run is already going on. Never throws for a failed run: see its report. */
    public RunReport runNow() {
        return requireEngine().run("BUTTON");
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

    /** The timer's task: a failed run is logged once per distinct error; nothing stops the schedule. */
    private void timerRun() {
        try {
            RunReport report = engine.run("TIMER");
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
        try {
            return id.cermin.platform.NodeSettings.fromEnvironment().number(INTERVAL_SETTING, DEFAULT_INTERVAL_SECONDS);
        } catch (IllegalStateException e) {
            LOG.warning(e.getMessage() + " (seconds); using " + DEFAULT_INTERVAL_SECONDS);
            return DEFAULT_INTERVAL_SECONDS;
        }
    }
}
