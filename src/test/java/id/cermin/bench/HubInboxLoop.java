package id.cermin.bench;

import id.cermin.mirror.inbox.HubLog;
import id.cermin.mirror.inbox.InboxApplier;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hub's server applying its inbox as {@code HubInboxService} does in production: a
 * pass every 300 ms (fixed delay), each applying 200 entries at a time for as long as
 * there are more, on one connection of the hub's own application, and the hub's log
 * trimmed once a minute. Counts how long it was busy.
 */
final class HubInboxLoop implements AutoCloseable {

    private static final long POLL_MILLIS = 300;
    private static final int ENTRIES_PER_PASS = 200;
    private static final long TRIM_EVERY_MILLIS = 60_000;

    private final ReusedConnections hub;
    private final Thread thread;
    private final AtomicLong busyNanos = new AtomicLong();
    private final AtomicLong entriesApplied = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean stopped;
    private long lastTrim;

    HubInboxLoop(DataSource hubApplication) {
        this.hub = new ReusedConnections(hubApplication);
        this.thread = new Thread(this::loop, "hub-inbox");
        thread.setDaemon(true);
        thread.start();
    }

    long busyNanos() {
        return busyNanos.get();
    }

    long entriesApplied() {
        return entriesApplied.get();
    }

    long failures() {
        return failures.get();
    }

    private void loop() {
        while (!stopped) {
            long start = System.nanoTime();
            pass();
            busyNanos.addAndGet(System.nanoTime() - start);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pass() {
        try (Connection c = hub.getConnection()) {
            InboxApplier applier = new InboxApplier(c);
            int applied;
            do {
                applied = applier.drain(ENTRIES_PER_PASS).applied();
                entriesApplied.addAndGet(applied);
            } while (applied == ENTRIES_PER_PASS);
            if (System.currentTimeMillis() - lastTrim > TRIM_EVERY_MILLIS) {
                HubLog.trim(c);
                lastTrim = System.currentTimeMillis();
            }
        } catch (SQLException | RuntimeException e) {
            if (failures.getAndIncrement() < 5) {
                System.err.println("hub inbox pass failed: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(30_000);
        hub.closeAll();
    }
}
