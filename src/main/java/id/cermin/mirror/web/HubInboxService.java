package id.cermin.mirror.web;

import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.inbox.HubLog;
import id.cermin.mirror.inbox.InboxApplier;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The hub's side of the mirror inside the hub's server: applies what stores put into the
 * inbox, a few times a second (so a sale is in the owner's reports moments after the
 * store sent it), and trims the hub's change log once a minute. On a store it does nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class HubInboxService {

    static final long POLL_MILLIS = 300;
    static final int ENTRIES_PER_PASS = 200;
    private static final long TRIM_EVERY_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(HubInboxService.class.getName());

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private NodeIdentity identity;

    private volatile ScheduledFuture<?> schedule;
    private volatile long lastTrim;
    private volatile String lastLoggedError;

    @PostConstruct
    void start() {
        if (identity.role() != NodeIdentity.Role.HUB) {
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::pass, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** One pass: everything waiting, then the log trimmed if a minute has gone by. A failure is logged once. */
    private void pass() {
        try (Connection hub = dataSource.getConnection()) {
            InboxApplier applier = new InboxApplier(hub);
            while (applier.drain(ENTRIES_PER_PASS).applied() == ENTRIES_PER_PASS) {
                // more waiting: go on
            }
            if (System.currentTimeMillis() - lastTrim > TRIM_EVERY_MILLIS) {
                HubLog.trim(hub);
                lastTrim = System.currentTimeMillis();
            }
            if (lastLoggedError != null) {
                LOG.info("Hub inbox applies again");
                lastLoggedError = null;
            }
        } catch (SQLException | RuntimeException e) {
            String error = SqlErrors.describe(e);
            if (!error.equals(lastLoggedError)) {
                LOG.warning("Hub inbox pass failed: " + error);
                lastLoggedError = error;
            }
        }
    }
}
