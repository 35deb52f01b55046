package id.cermin.bench;

import id.cermin.platform.Ids;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.ItSessionListener;
import id.cermin.testing.WebSession;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checkout throughput and latency over HTTP against a real store node: N cashiers each
 * completing 5-line sales for a fixed time. In the same run, the baseline: the same
 * rows (sale, 5 lines, 5 movements, 5 stock updates) inserted with plain JDBC, one
 * transaction per sale, on the same database server. Not a test; run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.cermin.bench.CheckoutBenchmark}
 * (see docs/BENCHMARKS.md). Arguments: seconds per level (default 20). The server's heap:
 * {@code -Dcermin.it.serverHeap=384m} (default 512m); its resident memory is sampled.
 */
public final class CheckoutBenchmark {

    private static final int[] CASHIERS = {1, 4, 8, 16};
    private static final int LINES = 5;

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.setProperty("cermin.workDir", "target/bench");
        System.setProperty("cermin.it.dbPort", System.getProperty("cermin.it.dbPort", "3398"));
        System.setProperty("cermin.it.httpPort", System.getProperty("cermin.it.httpPort", "8190"));
        try {
            String base = ItServer.baseUrl();
            List<String> products = products();
            ServerMemory memory = ServerMemory.ofPayaraStartedHere();
            System.out.printf("Checkout benchmark: %d s per level, %d lines per sale, %s, %d cores, server heap -Xmx%s,"
                            + " server resident %d MB idle%n", seconds, LINES, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("cermin.it.serverHeap", "512m"),
                    memory.residentMegabytes());
            System.out.println("| cashiers | Cermin sales/s | p50 ms | p95 ms | p99 ms | JDBC baseline sales/s | p50 ms | ratio"
                    + " | server resident MB, peak |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int cashiers : CASHIERS) {
                memory.resetPeak();
                Result http = memory.sampledDuring(() -> run(cashiers, seconds, index -> httpCashier(base, products)));
                Result jdbc = run(cashiers, seconds, index -> jdbcCashier(products));
                System.out.printf("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %d |%n", cashiers,
                        http.perSecond(), http.percentile(50), http.percentile(95), http.percentile(99),
                        jdbc.perSecond(), jdbc.percentile(50), jdbc.perSecond() / http.perSecond(), memory.peakMegabytes());
            }
            System.out.println("Server out of memory: " + (memory.logSays("OutOfMemoryError") ? "yes" : "no"));
        } finally {
            shutdown();
        }
    }

    /** One cashier: something that completes one sale per call. */
    interface Cashier {
        void sell() throws Exception;
    }

    interface CashierFactory {
        Cashier create(int index) throws Exception;
    }

    record Result(long sales, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return sales / seconds;
        }

        double percentile(int p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    private static Result run(int cashiers, int seconds, CashierFactory factory) throws Exception {
        List<Cashier> team = new ArrayList<>();
        for (int i = 0; i < cashiers; i++) {
            team.add(factory.create(i));
        }
        for (Cashier cashier : team) {
            cashier.sell();
        }
        ExecutorService pool = Executors.newFixedThreadPool(cashiers, runnable -> {
            Thread thread = new Thread(runnable, "cashier");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return measure(team, seconds, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result measure(List<Cashier> team, int seconds, ExecutorService pool) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (Cashier cashier : team) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    cashier.sell();
                    latencies.add(System.nanoTime() - t0);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(all.size(), elapsed, all.stream().mapToLong(Long::longValue).toArray());
    }

    private static Cashier httpCashier(String base, List<String> products) {
        WebSession session = WebSession.loggedIn(base, "kasir", "kasir123");
        session.get("/kasir");
        List<String> ids = products.subList(0, LINES);
        List<String> quantities = List.of("1", "2", "1", "3", "1");
        return () -> {
            HttpResponse<String> response = session.postRepeated("/kasir/bayar", UUID.randomUUID().toString(), ids,
                    quantities, "10000000", Map.of());
            if (response.statusCode() != 302) {
                throw new IllegalStateException("checkout failed: " + response.statusCode());
            }
        };
    }

    /**
     * The same rows the till writes, with plain JDBC and no application in between, in the
     * till's lock order (stock row first, products in id order).
     */
    private static Cashier jdbcCashier(List<String> products) throws SQLException {
        Connection c = ItDatabase.connect(ItServer.DATABASE);
        c.setAutoCommit(false);
        String cashierId = query(c, "SELECT id FROM app_user WHERE username = 'kasir'");
        PreparedStatement sale = c.prepareStatement("INSERT INTO sale (id, receipt_no, cashier_id, sold_at, total,"
                + " paid, change_due, item_count, idempotency_key, origin_node) VALUES (?, ?, ?, ?, 0, 0, 0, 8, ?, 'B')");
        PreparedStatement line = c.prepareStatement("INSERT INTO sale_line (id, sale_id, line_no, product_id,"
                + " product_name, unit_code, quantity, unit_price, unit_cost, line_total, origin_node)"
                + " VALUES (?, ?, ?, ?, 'x', 'pcs', 1, 0, 0, 0, 'B')");
        PreparedStatement movement = c.prepareStatement("INSERT INTO stock_movement (id, product_id, delta, kind,"
                + " source_id, moved_at, origin_node, store_node) VALUES (?, ?, -1, 'SALE', ?, ?, 'B', 'B')");
        PreparedStatement stock = c.prepareStatement("UPDATE product SET stock = stock - 1 WHERE id = ?");
        return () -> {
            String saleId = Ids.newId();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            sale.setString(1, saleId);
            sale.setString(2, "B-" + saleId);
            sale.setString(3, cashierId);
            sale.setObject(4, now);
            sale.setString(5, UUID.randomUUID().toString());
            sale.executeUpdate();
            for (int i = 0; i < LINES; i++) {
                stock.setString(1, products.get(i));
                stock.executeUpdate();
                line.setString(1, Ids.newId());
                line.setString(2, saleId);
                line.setInt(3, i + 1);
                line.setString(4, products.get(i));
                line.executeUpdate();
                movement.setString(1, Ids.newId());
                movement.setString(2, products.get(i));
                movement.setString(3, saleId);
                movement.setObject(4, now);
                movement.executeUpdate();
            }
            c.commit();
        };
    }

    private static List<String> products() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = ItDatabase.connect(ItServer.DATABASE);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT p.id FROM product p JOIN unit u ON u.code = p.unit_code"
                             + " WHERE u.allows_fraction = 0 ORDER BY p.name LIMIT " + LINES)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        ids.sort(null);
        return ids;
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void shutdown() {
        ItSessionListener.stopAll();
    }
}
