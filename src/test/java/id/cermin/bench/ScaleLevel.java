package id.cermin.bench;

import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One level of the scale benchmark: N stores selling and mirroring for a fixed time, the
 * hub applying its inbox, then selling stops and the mirrors go on until every sale is at
 * the hub (or four intervals have passed). Then the store that was away all the time runs
 * once, through its own proxy: what its pull costs while N others sold.
 */
final class ScaleLevel {

    private static final long SALE_EVERY_MILLIS = 2000;
    private static final long PRICE_EDIT_EVERY_MILLIS = 10_000;
    private static final int MIRROR_THREADS = 64;
    private static final int SALE_THREADS = 16;

    private final MirrorNode hub;
    private final List<SimulatedStore> stores;
    private final SimulatedStore away;
    private final TcpProxy watchedLink;
    private final TcpProxy awayLink;
    private final ShopWrites.Catalogue catalogue;
    private final int seconds;
    private final int intervalSeconds;
    private final Random random;

    private final AtomicLong salesMade = new AtomicLong();
    private final AtomicLong salesFailed = new AtomicLong();
    private final AtomicLong runsFailed = new AtomicLong();
    private final AtomicLong watchedRuns = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> runNanos = new ConcurrentLinkedQueue<>();

    ScaleLevel(MirrorNode hub, List<SimulatedStore> stores, SimulatedStore away, TcpProxy watchedLink,
               TcpProxy awayLink, ShopWrites.Catalogue catalogue, int seconds, int intervalSeconds, Random random) {
        this.hub = hub;
        this.stores = stores;
        this.away = away;
        this.watchedLink = watchedLink;
        this.awayLink = awayLink;
        this.catalogue = catalogue;
        this.seconds = seconds;
        this.intervalSeconds = intervalSeconds;
        this.random = random;
    }

    /** What one level measured. */
    record Result(int stores, String loadStart, String loadEnd, long salesMade, long salesFailed, double madePerSecond,
                  double appliedPerSecond, double p50, double p95, double max, int notArrived, double behindMax,
                  long inboxMax, double hubCpuPer1000, double hubCores, double storesCores, double jvmCores,
                  double tripsPerRun, double kbPerRun, double runP50Ms, double runP95Ms, long runs, long runsFailed,
                  long awaySkipped, int awayPulled, double awayKb, long awayTrips, double awayMs, long otherStoresSales,
                  double drainSeconds) {

        String tableRow() {
            return String.format("| %d | %s → %s | %.1f | %.1f | %.2f | %.2f | %.2f | %d | %.2f | %.2f | %.2f | %.2f | %.2f"
                            + " | %.1f | %.1f | %.0f | %.0f | %d of %d | %,d | %d | %.1f | %d | %.0f |", stores, loadStart,
                    loadEnd, madePerSecond, appliedPerSecond, p50, p95, max, notArrived, behindMax, hubCpuPer1000,
                    hubCores, storesCores, jvmCores, tripsPerRun, kbPerRun, runP50Ms, runP95Ms, runsFailed, runs,
                    awaySkipped, awayPulled, awayKb, awayTrips, awayMs);
        }
    }

    Result run() throws Exception {
        String loadStart = ProcessCpu.loadAverage();
        RunReport caughtUp = away.mirror();
        require(caughtUp, "the away store's run before the level");
        ProcessCpu hubCpu = ProcessCpu.ofMariaDbOnPort(ScaleBenchmark.HUB_PORT);
        ProcessCpu storesCpu = ProcessCpu.ofMariaDbOnPort(ScaleBenchmark.STORES_PORT);
        ProcessCpu jvmCpu = ProcessCpu.ofThisJvm();
        double hub0 = hubCpu.seconds();
        double stores0 = storesCpu.seconds();
        double jvm0 = jvmCpu.seconds();
        watchedLink.resetCounters();
        long t0 = System.nanoTime();
        ScheduledThreadPoolExecutor mirrors = new ScheduledThreadPoolExecutor(MIRROR_THREADS);
        ScheduledThreadPoolExecutor sales = new ScheduledThreadPoolExecutor(SALE_THREADS);
        HubArrivals arrivals;
        try {
            arrivals = new HubArrivals(hub.dataSource());
            long hubSeqAtStart = hubSeq();
            for (SimulatedStore store : stores) {
                sales.scheduleAtFixedRate(() -> sell(store, arrivals), random.nextInt((int) SALE_EVERY_MILLIS),
                        SALE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
                mirrors.scheduleWithFixedDelay(() -> mirror(store, store == stores.get(0)),
                        random.nextInt(intervalSeconds * 1000), intervalSeconds * 1000L, TimeUnit.MILLISECONDS);
            }
            sales.scheduleAtFixedRate(this::editPrice, PRICE_EDIT_EVERY_MILLIS, PRICE_EDIT_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
            Thread.sleep(seconds * 1000L);
            sales.shutdown();
            sales.awaitTermination(1, TimeUnit.MINUTES);
            long salesStopped = System.nanoTime();
            long drainDeadline = salesStopped + 4L * intervalSeconds * 1_000_000_000L;
            while (arrivals.notArrived() > 0 && System.nanoTime() < drainDeadline) {
                Thread.sleep(200);
            }
            double drainSeconds = (System.nanoTime() - salesStopped) / 1e9;
            mirrors.shutdown();
            mirrors.awaitTermination(2, TimeUnit.MINUTES);
            arrivals.close();
            long elapsed = System.nanoTime() - t0;
            double hubCpuSeconds = hubCpu.seconds() - hub0;
            double storesCpuSeconds = storesCpu.seconds() - stores0;
            double jvmCpuSeconds = jvmCpu.seconds() - jvm0;
            long trips = watchedLink.clientWrites();
            long bytes = watchedLink.bytesForwarded();
            long runs = watchedRuns.get();

            awayLink.resetCounters();
            long skipped = hubSeq() - hubSeqAtStart;
            long a0 = System.nanoTime();
            RunReport awayRun = away.mirror();
            double awayMs = (System.nanoTime() - a0) / 1e6;
            require(awayRun, "the away store's run after the level");

            List<HubArrivals.Arrival> seen = arrivals.arrivals();
            double[] delays = seen.stream().mapToDouble(a -> a.delayNanos() / 1e9).sorted().toArray();
            long steadyFrom = t0 + intervalSeconds * 1_000_000_000L;
            long steadyTo = t0 + seconds * 1_000_000_000L;
            long inSteady = seen.stream().filter(a -> a.atNanos() >= steadyFrom && a.atNanos() < steadyTo).count();
            double[] runsMs = runNanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Result(stores.size(), loadStart, ProcessCpu.loadAverage(), salesMade.get(), salesFailed.get(),
                    salesMade.get() / (double) seconds, inSteady / (double) (seconds - intervalSeconds),
                    percentile(delays, 50), percentile(delays, 95), percentile(delays, 100), arrivals.notArrived(),
                    arrivals.maxBehindSeconds(), arrivals.maxInboxEntries(),
                    seen.isEmpty() ? 0 : hubCpuSeconds * 1000 / seen.size(), hubCpuSeconds * 1e9 / elapsed,
                    storesCpuSeconds * 1e9 / elapsed, jvmCpuSeconds * 1e9 / elapsed,
                    runs == 0 ? 0 : trips / (double) runs, runs == 0 ? 0 : bytes / 1024.0 / runs,
                    percentile(runsMs, 50), percentile(runsMs, 95), runNanos.size(), runsFailed.get(), skipped,
                    awayRun.pulled(), awayLink.bytesForwarded() / 1024.0, awayLink.clientWrites(), awayMs,
                    otherStoresSales(), drainSeconds);
        } finally {
            sales.shutdownNow();
            mirrors.shutdownNow();
        }
    }

    private void sell(SimulatedStore store, HubArrivals arrivals) {
        try {
            SimulatedStore.Sold sale = store.sell();
            arrivals.committed(sale, System.nanoTime());
            salesMade.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            if (salesFailed.getAndIncrement() < 5) {
                System.err.println(store.name() + ": sale failed: " + e.getMessage());
            }
        }
    }

    private void mirror(SimulatedStore store, boolean watched) {
        long start = System.nanoTime();
        RunReport report = store.mirror();
        if (report == null) {
            return;
        }
        runNanos.add(System.nanoTime() - start);
        if (watched) {
            watchedRuns.incrementAndGet();
        }
        if (!report.succeeded() || report.held() > 0) {
            if (runsFailed.getAndIncrement() < 5) {
                System.err.println(store.name() + ": run failed or held: " + report);
            }
        }
    }

    /** The owner changes one product's price on the hub: master data every store pulls. */
    private void editPrice() {
        try (Connection c = hub.connect()) {
            ShopWrites.setPrice(c, "HUB", catalogue.productIds().get(random.nextInt(catalogue.productIds().size())),
                    50_000 + random.nextInt(1000) * 100L);
        } catch (SQLException e) {
            System.err.println("price edit on the hub failed: " + e.getMessage());
        }
    }

    private long hubSeq() {
        return hub.count("SELECT seq FROM mirror_node WHERE id = 1");
    }

    /** Sales of other stores found in the stores' databases (routing: must be 0). */
    private long otherStoresSales() {
        long found = 0;
        for (SimulatedStore store : stores) {
            found += store.node().count("SELECT COUNT(*) FROM sale WHERE origin_node <> ?", store.name());
        }
        return found + away.node().count("SELECT COUNT(*) FROM sale WHERE origin_node <> ?", away.name());
    }

    private static void require(RunReport report, String what) {
        if (report == null || !report.succeeded()) {
            throw new IllegalStateException(what + " failed: " + report);
        }
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
