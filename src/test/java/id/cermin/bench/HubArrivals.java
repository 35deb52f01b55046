package id.cermin.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each sale committed at a store became present in the hub's sales tables. The hub
 * records, per store database, the number of the last store change it applied
 * ({@code mirror_inbound.last_seq}), in the same transaction that writes the batch's rows;
 * a sale whose last change is at or below it is in the hub's tables. Read every 100 ms.
 * Also samples, every second, how far the hub is behind: the age of its oldest inbox entry.
 */
final class HubArrivals implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    /** A sale seen at the hub: when, and how long after its commit at the store. */
    record Arrival(long atNanos, long delayNanos) {
    }

    private record Committed(long lastSeq, long nanos) {
    }

    private final DataSource hub;
    /** Per store database, its committed sales not yet seen at the hub, in commit order. */
    private final Map<String, Queue<Committed>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger notArrived = new AtomicInteger();
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile double maxBehindSeconds;
    private volatile long maxInboxEntries;
    private volatile boolean stopped;

    HubArrivals(DataSource hub) {
        this.hub = hub;
        thread = new Thread(this::loop, "hub-arrivals");
        thread.setDaemon(true);
        thread.start();
    }

    /** A sale committed at a store at {@code nanos} ({@link System#nanoTime}). */
    void committed(SimulatedStore.Sold sale, long nanos) {
        notArrived.incrementAndGet();
        waiting.computeIfAbsent(sale.dbId(), k -> new ConcurrentLinkedQueue<>()).add(new Committed(sale.lastSeq(), nanos));
    }

    int notArrived() {
        return notArrived.get();
    }

    List<Arrival> arrivals() {
        return new ArrayList<>(arrivals);
    }

    double maxBehindSeconds() {
        return maxBehindSeconds;
    }

    long maxInboxEntries() {
        return maxInboxEntries;
    }

    private void loop() {
        try (Connection c = hub.getConnection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            int polls = 0;
            while (!stopped) {
                read(c);
                if (polls++ % 10 == 0) {
                    sampleInbox(c);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            System.err.println("reading the hub's arrivals failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_db, last_seq FROM mirror_inbound");
             ResultSet rs = ps.executeQuery()) {
            long now = System.nanoTime();
            while (rs.next()) {
                Queue<Committed> sales = waiting.get(rs.getString(1));
                long applied = rs.getLong(2);
                while (sales != null && !sales.isEmpty() && sales.peek().lastSeq() <= applied) {
                    arrivals.add(new Arrival(now, now - sales.poll().nanos()));
                    notArrived.decrementAndGet();
                }
            }
        }
    }

    private void sampleInbox(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*),"
                + " COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(received_at), UTC_TIMESTAMP(6)), 0) FROM mirror_inbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            maxInboxEntries = Math.max(maxInboxEntries, rs.getLong(1));
            double behind = rs.getLong(2) / 1e6;
            if (behind > 5 && behind > 1.5 * maxBehindSeconds) {
                explain(c, behind);
            }
            maxBehindSeconds = Math.max(maxBehindSeconds, behind);
        }
    }

    /** Prints what waits in the inbox and the hub's open transactions, when the hub falls behind. */
    private static void explain(Connection c, double behind) throws SQLException {
        StringBuilder why = new StringBuilder(String.format("hub %.1f s behind:", behind));
        for (String sql : List.of("SELECT id, node, kind, received_at, attempts, waiting_reason FROM mirror_inbox"
                + " ORDER BY id LIMIT 5", "SELECT trx_mysql_thread_id, trx_state, trx_started, trx_wait_started,"
                + " LEFT(trx_query, 80) FROM information_schema.INNODB_TRX ORDER BY trx_started LIMIT 5")) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    why.append("\n   ");
                    for (int i = 1; i <= width; i++) {
                        why.append(' ').append(rs.getString(i));
                    }
                }
            }
        }
        System.err.println(why);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(10_000);
    }
}
