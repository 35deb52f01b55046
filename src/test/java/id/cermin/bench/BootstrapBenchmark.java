package id.cermin.bench;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TestFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Adding a branch: how fast a new store fills itself from a hub that holds N sale lines
 * of it (N/5 sales, N stock movements, 200 products) and a tenth as many of another store
 * (which it must not get). Cermin's bootstrap is the new store's first mirror run
 * ({@link MirrorEngine#run}, as the store's server starts it), over the store's own hub
 * account, into a freshly migrated store database. The yardstick, in the same run on the
 * same two servers: {@code mariadb-dump | mariadb} of exactly the same rows ({@link DumpPipe})
 * into an empty database, once before and once after Cermin's run. Each copy is checked
 * against the hub (count and checksum of every mirrored table, {@link BranchRows}).
 * <p>
 * Not a test: it starts its own two MariaDB servers (hub on 3801; the new store and the
 * dump's database on 3802; files under {@code target/bench-bootstrap}, or the folder named by
 * {@code -Dcermin.bench.dir}) and stops them and deletes their files at the end. Run with {@code ./mvnw -q -B -o exec:java -Dexec.mainClass=id.cermin.bench.BootstrapBenchmark
 * -Dexec.args=1000000} (see docs/BENCHMARKS.md); {@code smoke} runs 20,000 lines.
 */
public final class BootstrapBenchmark {

    private static final int HUB_PORT = Integer.getInteger("cermin.bench.hubPort", 3801);
    private static final int STORE_PORT = Integer.getInteger("cermin.bench.storePort", 3802);
    /** Where the two servers keep their files; another place (a RAM disk) with {@code -Dcermin.bench.dir}. */
    private static final Path WORK_DIR = Path.of(System.getProperty("cermin.bench.dir", "target/bench-bootstrap"));
    private static final String HUB = "HUB";
    private static final String STORE = "S1";
    private static final String OTHER = "S2";
    private static final int PRODUCTS = 200;

    private BootstrapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long lines = args.length == 0 ? 1_000_000 : args[0].equals("smoke") ? 20_000 : Long.parseLong(args[0]);
        long otherLines = lines / 10 / SaleHistory.LINES_PER_SALE * SaleHistory.LINES_PER_SALE;
        System.setProperty("cermin.workDir", WORK_DIR.toString());
        TestFiles.deleteTree(WORK_DIR);
        String startLoad = ProcessCpu.loadAverage();
        log("bootstrap benchmark: %,d sale lines of %s, %,d of %s; load average %s", lines, STORE, otherLines, OTHER,
                startLoad);
        EmbeddedMariaDb hubServer = null;
        EmbeddedMariaDb storeServer = null;
        try {
            hubServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + HUB_PORT), HUB_PORT);
            storeServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + STORE_PORT), STORE_PORT);
            for (EmbeddedMariaDb server : List.of(hubServer, storeServer)) {
                server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD,
                        "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
            }
            MirrorNode hub = MirrorNode.create(hubServer, "bench_hub", HUB);
            MirrorNode.StoreAccount account = hub.registerStore(STORE);
            hub.registerStore(OTHER);
            long t0 = System.nanoTime();
            try (Connection c = hub.connect()) {
                ShopWrites.Catalogue catalogue = ShopWrites.catalogue(c, HUB, PRODUCTS, STORE, OTHER);
                SaleHistory.load(c, lines, catalogue.userId(), STORE, 0);
                SaleHistory.load(c, otherLines, catalogue.userId(), OTHER, 4);
            }
            Map<MirroredTable, BranchRows.Tally> expected;
            long hubRows;
            try (Connection c = hub.connect()) {
                expected = BranchRows.of(c, STORE);
                hubRows = BranchRows.total(BranchRows.of(c, null));
            }
            long rows = BranchRows.total(expected);
            log("hub made in %.1f s: %,d mirrored rows, %,d of them for %s", seconds(t0), hubRows, rows, STORE);

            List<Timed> runs = new ArrayList<>();
            runs.add(dump(hubServer, storeServer, expected, "mariadb-dump | mariadb (before)"));
            runs.add(bootstrap(hub, account, storeServer, expected));
            runs.add(dump(hubServer, storeServer, expected, "mariadb-dump | mariadb (after)"));
            print(lines, otherLines, rows, hubRows, runs, startLoad, ProcessCpu.loadAverage());
        } finally {
            stop(storeServer);
            stop(hubServer);
            TestFiles.deleteTree(WORK_DIR);
        }
    }

    /** CPU seconds used during a copy: hub server, store server, the copier (this JVM, or the tools). */
    record Cpu(double hub, double store, double copier, double jit) {
    }

    /** Reads the CPU used by both servers and by the copier, from the start of a copy. */
    private static final class CpuWatch {
        private final ProcessCpu hub = ProcessCpu.ofMariaDbOnPort(HUB_PORT);
        private final ProcessCpu store = ProcessCpu.ofMariaDbOnPort(STORE_PORT);
        private final ProcessCpu jvm = ProcessCpu.ofThisJvm();
        private final double hub0 = hub.seconds();
        private final double store0 = store.seconds();
        private final double jvm0 = jvm.seconds();
        private final double tools0 = jvm.childSeconds();
        private final double jit0 = CompilerCpu.seconds();

        Cpu jvm() {
            return new Cpu(hub.seconds() - hub0, store.seconds() - store0, jvm.seconds() - jvm0,
                    CompilerCpu.seconds() - jit0);
        }

        Cpu tools() {
            return new Cpu(hub.seconds() - hub0, store.seconds() - store0, jvm.childSeconds() - tools0, Double.NaN);
        }
    }

    record Timed(String what, long rows, double seconds, Cpu cpu, long[] progress) {
        double rate() {
            return rows / seconds;
        }
    }

    private static Timed bootstrap(MirrorNode hub, MirrorNode.StoreAccount account, EmbeddedMariaDb storeServer,
                                   Map<MirroredTable, BranchRows.Tally> expected) throws SQLException {
        MirrorNode store = MirrorNode.create(storeServer, "bench_store", STORE);
        MirrorEngine engine = new MirrorEngine(store.dataSource(), account.dataSource());

        List<Long> seen = new ArrayList<>();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleAtFixedRate(() -> {
            long copied = engine.bootstrapCopied();
            if (copied >= 0) {
                synchronized (seen) {
                    seen.add(copied);
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
        log("Cermin bootstrap (load average %s)", ProcessCpu.loadAverage());
        CpuWatch cpu = new CpuWatch();
        long t0 = System.nanoTime();
        RunReport report = engine.run("BENCH");
        double seconds = seconds(t0);
        Cpu used = cpu.jvm();
        watch.shutdownNow();
        if (report == null || !report.succeeded() || !report.bootstrapped()) {
            throw new IllegalStateException("the new store's first run did not bootstrap: " + report);
        }
        Map<MirroredTable, BranchRows.Tally> copied;
        try (Connection c = store.connect()) {
            copied = BranchRows.of(c, null);
        }
        check("Cermin", expected, copied);
        long[] progress;
        synchronized (seen) {
            progress = seen.stream().mapToLong(Long::longValue).toArray();
        }
        log("Cermin: %,d rows in %.1f s, %d progress readings while it ran (last %,d)", BranchRows.total(copied),
                seconds, progress.length, progress.length == 0 ? -1 : progress[progress.length - 1]);
        storeServer.recreateDatabase("bench_store");
        return new Timed("Cermin bootstrap", BranchRows.total(expected), seconds, used, progress);
    }

    private static Timed dump(EmbeddedMariaDb hubServer, EmbeddedMariaDb storeServer,
                              Map<MirroredTable, BranchRows.Tally> expected, String what) throws Exception {
        String db = "bench_dump";
        storeServer.recreateDatabase(db);
        log("%s (load average %s)", what, ProcessCpu.loadAverage());
        CpuWatch cpu = new CpuWatch();
        long t0 = System.nanoTime();
        new DumpPipe(hubServer).copy(HUB_PORT, "bench_hub", STORE, STORE_PORT, db);
        double seconds = seconds(t0);
        Cpu used = cpu.tools();
        try (Connection c = DriverManager.getConnection(storeServer.jdbcUrl(db), EmbeddedMariaDb.APP_USER,
                EmbeddedMariaDb.APP_PASSWORD)) {
            check(what, expected, BranchRows.of(c, null));
        }
        log("%s: %.1f s", what, seconds);
        storeServer.recreateDatabase(db);
        return new Timed(what, BranchRows.total(expected), seconds, used, new long[0]);
    }

    private static void check(String what, Map<MirroredTable, BranchRows.Tally> expected,
                              Map<MirroredTable, BranchRows.Tally> actual) {
        String differences = BranchRows.differences(expected, actual);
        if (!differences.isEmpty()) {
            throw new IllegalStateException(what + " did not copy exactly the hub's rows for " + STORE + ": "
                    + differences);
        }
    }

    private static void print(long lines, long otherLines, long rows, long hubRows, List<Timed> runs,
                              String startLoad, String endLoad) {
        System.out.printf("Bootstrap benchmark: hub with %,d sale lines of %s and %,d of %s (%,d mirrored rows);"
                        + " %,d rows are %s's. Java %s, %d cores, %s; load average %s at start, %s at end%n", lines,
                STORE, otherLines, OTHER, hubRows, rows, STORE, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Instant.now(), startLoad, endLoad);
        System.out.println();
        System.out.println("| copy | rows | seconds | rows/s | CPU s: hub server | store server | copier"
                + " | of which JIT |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Timed t : runs) {
            System.out.printf("| %s | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f | %s |%n", t.what().replace("|", "\\|"),
                    t.rows(), t.seconds(), t.rate(), t.cpu().hub(), t.cpu().store(), t.cpu().copier(),
                    Double.isNaN(t.cpu().jit()) ? "" : String.format("%.1f", t.cpu().jit()));
        }
        System.out.println("(copier: this JVM for Cermin, its JIT compiler threads included; the mariadb-dump and"
                + " mariadb processes for the dump)");
        double cermin = runs.get(1).rate();
        double dumpBest = Math.max(runs.get(0).rate(), runs.get(2).rate());
        double dumpMean = (runs.get(0).rate() + runs.get(2).rate()) / 2;
        System.out.println();
        System.out.printf("Cermin ÷ mariadb-dump | mariadb: %.2f× (against the mean of its two runs), %.2f× (against"
                + " its faster run); target ≥ 1.0×%n", cermin / dumpMean, cermin / dumpBest);
        long[] p = runs.get(1).progress();
        System.out.printf("Progress readings during Cermin's run (one a second): %d, first %,d, last %,d%n", p.length,
                p.length == 0 ? -1 : p[0], p.length == 0 ? -1 : p[p.length - 1]);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bootstrap bench] " + format + "%n", args);
    }

    private static void stop(EmbeddedMariaDb server) {
        if (server != null) {
            try {
                server.close();
            } catch (RuntimeException e) {
                log("could not stop MariaDB on port %d: %s", server.port(), e.getMessage());
            }
        }
    }
}
