package id.cermin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * When each counter sale became visible in the hub's database as the hub's reports read it:
 * the sale row and all of its lines. A thread of its own reads the hub every
 * {@value #POLL_MILLIS} ms for the sales still missing; a sale counts as seen at the start of
 * the first read that found it whole (its rows were committed by then).
 */
final class SaleArrivals implements AutoCloseable {

    static final long POLL_MILLIS = 25;

    private record Waiting(int lines, long committedNanos) {
    }

    private final Supplier<Connection> hub;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean stopped;

    SaleArrivals(Supplier<Connection> hub) {
        this.hub = hub;
        thread = new Thread(this::loop, "sale-arrivals");
        thread.setDaemon(true);
        thread.start();
    }

    /** A sale of {@code lines} lines committed at the store at {@code nanos} ({@link System#nanoTime}). */
    void committed(String saleId, int lines, long nanos) {
        waiting.put(saleId, new Waiting(lines, nanos));
    }

    int notArrived() {
        return waiting.size();
    }

    /** The delays measured so far, and forgets them (the next condition starts afresh). */
    List<Long> takeDelays() {
        synchronized (delaysNanos) {
            List<Long> taken = new ArrayList<>(delaysNanos);
            delaysNanos.clear();
            return taken;
        }
    }

    private void loop() {
        try (Connection c = hub.get()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            while (!stopped) {
                if (!waiting.isEmpty()) {
                    read(c);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            System.err.println("reading the hub's sales failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>(waiting.keySet());
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, COUNT(l.id) FROM sale s"
                + " LEFT JOIN sale_line l ON l.sale_id = s.id WHERE s.id IN (" + marks + ") GROUP BY s.id")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            long readAt = System.nanoTime();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Waiting sale = waiting.get(rs.getString(1));
                    if (sale != null && rs.getInt(2) >= sale.lines()) {
                        waiting.remove(rs.getString(1));
                        delaysNanos.add(readAt - sale.committedNanos());
                    }
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(5_000);
    }
}
