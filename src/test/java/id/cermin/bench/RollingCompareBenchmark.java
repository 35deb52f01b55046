package id.cermin.bench;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TestFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the rolling compare costs a store with a long history, and how long it takes to go
 * over every chunk once: the same history (default 1,000,000 sale lines) on a store and
 * the hub, then mirror runs with nothing to exchange, each with the default compare budget,
 * until a whole round has been compared. Baseline in the same run: the same runs with the
 * compare off. A round's time at the store's default interval is runs × interval.
 * <p>
 * Not a test: it starts its own two MariaDB servers (store on 3415, hub on 3416, files
 * under {@code target/bench-compare}). Run with
 * {@code mvn -q -B -DskipTests package && mvn -q -B exec:java -Dexec.mainClass=id.cermin.bench.RollingCompareBenchmark}
 * (argument: the history in sale lines).
 */
public final class RollingCompareBenchmark {

    private static final int STORE_PORT = 3415;
    private static final int HUB_PORT = 3416;
    private static final Path WORK_DIR = Path.of("target/bench-compare");
    private static final long DEFAULT_INTERVAL_SECONDS = 15;
    private static final int BASELINE_RUNS = 20;

    private RollingCompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long lines = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        System.setProperty("cermin.workDir", WORK_DIR.toString());
        TestFiles.deleteTree(WORK_DIR);
        EmbeddedMariaDb storeServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + STORE_PORT), STORE_PORT);
        EmbeddedMariaDb hubServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + HUB_PORT), HUB_PORT);
        try {
            for (EmbeddedMariaDb server : List.of(storeServer, hubServer)) {
                server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD,
                        "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
            }
            measure(storeServer, hubServer, lines);
        } finally {
            storeServer.close();
            hubServer.close();
        }
    }

    private static void measure(EmbeddedMariaDb storeServer, EmbeddedMariaDb hubServer, long lines) throws Exception {
        MirrorNode hub = MirrorNode.create(hubServer, "bench_hub", "HUB");
        MirrorNode store = MirrorNode.create(storeServer, "bench_store", "S1");
        MirrorNode.StoreAccount account = hub.registerStore("S1");
        String cashier;
        try (Connection c = hub.connect()) {
            cashier = ShopWrites.catalogue(c, "HUB", 200).userId();
        }
        MirrorEngine plain = new MirrorEngine(store.dataSource(), account.dataSource()).comparing(0);
        run(plain);
        long t0 = System.nanoTime();
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> load(store, STORE_PORT, lines, cashier)),
                CompletableFuture.runAsync(() -> load(hub, HUB_PORT, lines, cashier))).join();
        System.out.printf("history: %,d sale lines on each side, loaded in %.0f s%n", lines, (System.nanoTime() - t0) / 1e9);
        long rows = store.count("SELECT (SELECT COUNT(*) FROM sale) + (SELECT COUNT(*) FROM sale_line)"
                + " + (SELECT COUNT(*) FROM stock_movement)");

        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < BASELINE_RUNS; i++) {
            baseline.add(timed(plain).seconds);
        }
        MirrorEngine comparing = new MirrorEngine(store.dataSource(), account.dataSource())
                .comparing(MirrorEngine.DEFAULT_COMPARE_BUDGET_MILLIS);
        List<Double> withCompare = new ArrayList<>();
        int chunks = 0;
        boolean ended = false;
        while (!ended) {
            Timed t = timed(comparing);
            withCompare.add(t.seconds);
            chunks += t.report.compared().chunks();
            ended = t.report.compared().roundEnded();
            if (t.report.compared().repaired() > 0 || t.report.compared().diverged() > 0) {
                throw new IllegalStateException("the two sides were meant to be equal: " + t.report.compared());
            }
        }
        int runs = withCompare.size();
        System.out.printf("rows in the three big tables: %,d; chunks in a round: %,d%n", rows, chunks);
        System.out.printf("run without compare: median %.3f s, p95 %.3f s (%d runs)%n",
                pct(baseline, 50), pct(baseline, 95), baseline.size());
        System.out.printf("run with compare:    median %.3f s, p95 %.3f s, max %.3f s (%d runs, %.1f chunks a run)%n",
                pct(withCompare, 50), pct(withCompare, 95), pct(withCompare, 100), runs, (double) chunks / runs);
        System.out.printf("a round at the default %d s interval: %.1f min%n", DEFAULT_INTERVAL_SECONDS,
                runs * (DEFAULT_INTERVAL_SECONDS + pct(withCompare, 50)) / 60);
        System.out.println("load average: " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private record Timed(double seconds, RunReport report) {
    }

    private static Timed timed(MirrorEngine engine) {
        long t0 = System.nanoTime();
        RunReport report = run(engine);
        return new Timed((System.nanoTime() - t0) / 1e9, report);
    }

    private static RunReport run(MirrorEngine engine) {
        RunReport report = engine.run("BENCH");
        if (report == null || !report.succeeded()) {
            throw new IllegalStateException("mirror run failed: " + (report == null ? "already running" : report.error()));
        }
        return report;
    }

    /** Loading statements write 50,000 rows each: no socket time-out on a busy machine. */
    private static void load(MirrorNode node, int port, long lines, String cashierId) {
        try (Connection c = node.dataSourceOn(port, 0).getConnection()) {
            SaleHistory.load(c, lines, cashierId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
