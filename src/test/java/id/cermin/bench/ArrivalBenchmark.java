package id.cermin.bench;

import id.cermin.testing.TestFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How soon the owner sees a counter sale at the hub: a real store node and a real hub node
 * ({@link ArrivalNodes}), the store mirroring on its 15 s timer and soon after each sale;
 * a cashier sells through the counter's form at a shop's pace ({@link PacedCounter}) while
 * {@link SaleArrivals} watches the hub's database. Per condition: the delay from each
 * sale's commit (its checkout's response) to the sale and all its lines in the hub's
 * tables, and the checkout's own time. Conditions, in this order: the timer only (the
 * store started with {@code CERMIN_SYNC_SOON_MILLIS=0}) on the local link; the run after
 * each sale (the default, 300 ms) on the local link; the same on a 100 ms round-trip link
 * (50 ms each way in the proxy between the store and the hub's database); the timer only
 * again on the local link, so that the checkout's times with and without the run after each
 * sale bracket each other in time.
 * <p>
 * Not a test: it starts its own database server (3701, the hub's and the store's databases; the link's proxy 3703) and
 * nodes (hub 8701, store 8702), files under {@code target/bench-arrival}. Run with
 * {@code ./mvnw -q -B -o -DskipTests package && ./mvnw -q -B -o exec:java
 * -Dexec.mainClass=id.cermin.bench.ArrivalBenchmark -Dexec.args=120} (sales per condition);
 * see docs/BENCHMARKS.md.
 */
public final class ArrivalBenchmark {

    private static final Path WORK_DIR = Path.of("target/bench-arrival");
    private static final int WARM_UP_SALES = 20;
    private static final long SOON_MILLIS = 300;
    private static final Duration ONE_WAY = Duration.ofMillis(50);
    private static final Duration LAST_ARRIVAL_WAIT = Duration.ofSeconds(60);
    /** A run has sent the last sale before it ends (its compare, its report to the hub): let it end. */
    private static final Duration RUN_END_WAIT = Duration.ofSeconds(4);

    private ArrivalBenchmark() {
    }

    /** One condition's numbers. */
    private record Result(String condition, long[] delaysNanos, long[] checkoutNanos, int missing, String runs) {
    }

    public static void main(String[] args) throws Exception {
        int sales = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        TestFiles.deleteTree(WORK_DIR);
        log("arrival benchmark: %d sales per condition; Java %s, %d cores; load average %s", sales,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ProcessCpu.loadAverage());
        Random random = new Random(42);
        List<Result> results = new ArrayList<>();
        try (ArrivalNodes nodes = ArrivalNodes.start(WORK_DIR);
             SaleArrivals arrivals = new SaleArrivals(() -> hubDatabase(nodes))) {
            nodes.startStore(0);
            List<String> products = products(nodes);
            results.add(condition("timer only (15 s), local link", nodes, arrivals, products, sales, random));
            nodes.startStore(SOON_MILLIS);
            results.add(condition("after each sale, local link", nodes, arrivals, products, sales, random));
            nodes.link().setLatency(ONE_WAY);
            results.add(condition("after each sale, 100 ms link", nodes, arrivals, products, sales, random));
            // The timer only once more, so that the checkout's comparison is not one of order or load.
            nodes.link().setLatency(Duration.ZERO);
            nodes.startStore(0);
            results.add(condition("timer only (15 s), local link, again", nodes, arrivals, products, sales, random));
        }
        print(results);
        log("done; load average %s", ProcessCpu.loadAverage());
    }

    private static Result condition(String name, ArrivalNodes nodes, SaleArrivals arrivals, List<String> products,
                                     int sales, Random random) throws Exception {
        PacedCounter counter = new PacedCounter(nodes.storeUrl(), products, random);
        for (int i = 0; i < WARM_UP_SALES; i++) {
            PacedCounter.Sold sold = counter.sellOne();
            arrivals.committed(sold.saleId(), lines(nodes, sold.saleId()), sold.committedNanos());
            Thread.sleep(200);
        }
        awaitArrivals(arrivals);
        arrivals.takeDelays();
        String since = storeNow(nodes);
        log("%s: %d sales; load average %s", name, sales, ProcessCpu.loadAverage());
        List<Long> checkouts = new ArrayList<>();
        counter.sell(sales, sold -> {
            checkouts.add(sold.checkoutNanos());
            arrivals.committed(sold.saleId(), lines(nodes, sold.saleId()), sold.committedNanos());
        });
        int missing = awaitArrivals(arrivals);
        Thread.sleep(RUN_END_WAIT.toMillis());
        Result result = new Result(name, longs(arrivals.takeDelays()), longs(checkouts), missing, runs(nodes, since));
        log("%s: done; load average %s; %s", name, ProcessCpu.loadAverage(), result.runs());
        return result;
    }

    /** Waits until every sale is at the hub (or a minute after the last); returns how many never came. */
    private static int awaitArrivals(SaleArrivals arrivals) throws InterruptedException {
        long deadline = System.nanoTime() + LAST_ARRIVAL_WAIT.toNanos();
        while (arrivals.notArrived() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return arrivals.notArrived();
    }

    private static void print(List<Result> results) {
        System.out.println();
        System.out.println("| condition | sales | delay p50 s | p95 s | p99 s | max s | not arrived"
                + " | checkout p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.2f | %d | %.1f | %.1f | %.1f |%n", r.condition(),
                    r.delaysNanos().length, seconds(r.delaysNanos(), 50), seconds(r.delaysNanos(), 95),
                    seconds(r.delaysNanos(), 99), seconds(r.delaysNanos(), 100), r.missing(),
                    millis(r.checkoutNanos(), 50), millis(r.checkoutNanos(), 95), millis(r.checkoutNanos(), 99));
        }
        long[] timerOnly = both(results.get(0).checkoutNanos(), results.get(3).checkoutNanos());
        long[] soon = results.get(1).checkoutNanos();
        System.out.printf("%nCheckout on the local link, with the run after each sale (n %d): p50 %.1f ms, p95 %.1f ms;"
                        + " timer only, both (n %d): p50 %.1f ms, p95 %.1f ms; ratio p50 %.2f, p95 %.2f%n", soon.length,
                millis(soon, 50), millis(soon, 95), timerOnly.length, millis(timerOnly, 50), millis(timerOnly, 95),
                millis(soon, 50) / millis(timerOnly, 50), millis(soon, 95) / millis(timerOnly, 95));
        for (Result r : results) {
            System.out.printf("Mirror runs during \"%s\": %s%n", r.condition(), r.runs());
        }
    }

    /** The store's mirror runs since {@code since}, by trigger: how many, how many pushed, their mean length. */
    private static String runs(ArrivalNodes nodes, String since) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = nodes.storeDatabase(); PreparedStatement ps = c.prepareStatement("SELECT trigger_kind,"
                + " COUNT(*), SUM(pushed > 0), AVG(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at)) / 1000"
                + " FROM mirror_run WHERE started_at >= ? GROUP BY trigger_kind ORDER BY trigger_kind")) {
            ps.setString(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(String.format("%s %d runs (%d pushed), mean %.0f ms; ", rs.getString(1), rs.getInt(2),
                            rs.getInt(3), rs.getDouble(4)));
                }
            }
        }
        return text.toString();
    }

    private static String storeNow(ArrivalNodes nodes) throws SQLException {
        try (Connection c = nodes.storeDatabase(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT UTC_TIMESTAMP(6)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int lines(ArrivalNodes nodes, String saleId) throws SQLException {
        try (Connection c = nodes.storeDatabase();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sale_line WHERE sale_id = ?")) {
            ps.setString(1, saleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Whole-unit products of the demo catalogue, so every quantity is a valid one. */
    private static List<String> products(ArrivalNodes nodes) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = nodes.storeDatabase(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT p.id FROM product p JOIN unit u ON u.code = p.unit_code"
                        + " WHERE u.allows_fraction = 0 ORDER BY p.name LIMIT 40")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Connection hubDatabase(ArrivalNodes nodes) {
        try {
            return nodes.hubDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] both(long[] first, long[] second) {
        long[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static double seconds(long[] nanos, int percentile) {
        return percentile(nanos, percentile) / 1e9;
    }

    private static double millis(long[] nanos, int percentile) {
        return percentile(nanos, percentile) / 1e6;
    }

    /** Nearest rank; 100 is the maximum. */
    private static long percentile(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void log(String format, Object... args) {
        System.out.println(Instant.now() + " " + String.format(format, args));
    }
}
