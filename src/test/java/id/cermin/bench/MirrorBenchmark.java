package id.cermin.bench;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;
import id.cermin.testing.TestFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How long one mirror run takes to push 100 new sales (about 500 lines) from a store to
 * the hub, as the history both already share grows (10k, 100k, 1M sale lines), on a
 * local link and on a 100 ms round-trip link. In the same run, on the same data, the
 * baseline: the original study's mirror ({@link StudyMirror}: truncate the hub's tables
 * and re-insert every store row one statement at a time).
 * <p>
 * Not a test: it starts its own two MariaDB servers (store on 3411, hub on 3412, files
 * under {@code target/bench-mirror}) and stops them at the end. Run with
 * {@code mvn -q -B -DskipTests package && mvn -q -B exec:java -Dexec.mainClass=id.cermin.bench.MirrorBenchmark}
 * (see docs/BENCHMARKS.md). Arguments: {@code smoke} (1k and 5k lines) or a comma list
 * of history sizes in sale lines (default {@code 10000,100000,1000000}).
 */
public final class MirrorBenchmark {

    private static final int STORE_PORT = 3411;
    private static final int HUB_PORT = 3412;
    private static final Path WORK_DIR = Path.of("target/bench-mirror");
    private static final String STORE = "S1";
    private static final String HUB = "HUB";
    private static final int PRODUCTS = 200;
    private static final int SALES = 100;
    private static final int CHANGES_PER_SALE = 1 + 2 * SaleHistory.LINES_PER_SALE;
    private static final Duration ONE_WAY_LATENCY = Duration.ofMillis(50);
    /** The study's mirror on the local link gets this long per size before it is extrapolated. */
    private static final Duration STUDY_LOCAL_BUDGET = Duration.ofMinutes(45);
    /** ... and this long on the 100 ms link (a full copy there takes most of an hour). */
    private static final Duration STUDY_SLOW_BUDGET = Duration.ofMinutes(2);

    private MirrorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = sizes(args.length > 0 ? args[0] : "10000,100000,1000000");
        System.setProperty("cermin.workDir", WORK_DIR.toString());
        TestFiles.deleteTree(WORK_DIR);
        List<SizeResult> results = new ArrayList<>();
        EmbeddedMariaDb storeServer = null;
        EmbeddedMariaDb hubServer = null;
        try {
            storeServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + STORE_PORT), STORE_PORT);
            hubServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + HUB_PORT), HUB_PORT);
            for (int i = 0; i < sizes.length; i++) {
                results.add(measure(storeServer, hubServer, sizes[i], i == 0));
            }
            print(results, storeServer);
        } finally {
            stop(storeServer);
            stop(hubServer);
        }
    }

    record SizeResult(long lines, double cerminSeconds, int pushed, StudyMirror.Result study, double cerminSlowSeconds,
                      long cerminSlowRoundTrips, StudyMirror.Result studySlow, long studySlowRoundTrips) {
    }

    private static SizeResult measure(EmbeddedMariaDb storeServer, EmbeddedMariaDb hubServer, long lines,
                                      boolean withStudyOnSlowLink) throws Exception {
        log("== %,d sale lines of history", lines);
        MirrorNode hub = MirrorNode.create(hubServer, "bench_hub", HUB);
        MirrorNode store = MirrorNode.create(storeServer, "bench_store", STORE);
        ShopWrites.Catalogue catalogue;
        try (Connection c = hub.connect()) {
            catalogue = ShopWrites.catalogue(c, HUB, PRODUCTS);
        }
        MirrorEngine engine = new MirrorEngine(store.dataSource(), hub.dataSource());
        RunReport bootstrap = sync(engine, -1);
        if (!bootstrap.bootstrapped()) {
            throw new IllegalStateException("the first run did not bootstrap the store");
        }

        // History: lines - 500 generated identically on both sides, then 100 sales (500 lines)
        // pushed by an untimed run that also warms up the JVM.
        long generated = lines - (long) SALES * SaleHistory.LINES_PER_SALE;
        long t0 = System.nanoTime();
        CompletableFuture<Void> onStore = CompletableFuture.runAsync(() -> load(store, generated, catalogue.userId()));
        CompletableFuture<Void> onHub = CompletableFuture.runAsync(() -> load(hub, generated, catalogue.userId()));
        CompletableFuture.allOf(onStore, onHub).join();
        log("generated %,d lines on each side in %.1f s", generated, seconds(t0));
        sell(store, catalogue);
        sync(engine, SALES * CHANGES_PER_SALE);
        long onBoth = store.count("SELECT COUNT(*) FROM sale_line");
        if (onBoth != lines || hub.count("SELECT COUNT(*) FROM sale_line") != lines) {
            throw new IllegalStateException("history is not " + lines + " lines on both sides");
        }

        // 1. Cermin, local link.
        List<String> timedSales = sell(store, catalogue);
        t0 = System.nanoTime();
        RunReport report = sync(engine, SALES * CHANGES_PER_SALE);
        double cermin = seconds(t0);
        log("Cermin: %.3f s, %d changes pushed", cermin, report.pushed());

        // 2. The study's mirror, on the hub as it was before Cermin's run.
        forget(hub, timedSales);
        StudyMirror.Result study = StudyMirror.mirror(store.dataSource(), hub.dataSource(), STUDY_LOCAL_BUDGET);
        log("study mirror: %.1f s for %,d of %,d rows%s", study.seconds(), study.rows(), study.totalRows(),
                study.complete() ? "" : String.format(", extrapolated %.0f s", study.estimatedSeconds()));
        if (!study.complete()) {
            // Left half-copied: put the hub back as the store has it before the slow-link runs.
            copyBatched(store, hub);
        }

        // 3. 100 ms round trips between the engine and the hub database.
        try (TcpProxy proxy = TcpProxy.start(HUB_PORT)) {
            proxy.setLatency(ONE_WAY_LATENCY);
            MirrorEngine slowEngine = new MirrorEngine(store.dataSource(), hub.dataSourceOn(proxy.port()));
            sell(store, catalogue);
            proxy.resetCounters();
            t0 = System.nanoTime();
            sync(slowEngine, SALES * CHANGES_PER_SALE);
            double cerminSlow = seconds(t0);
            long cerminTrips = proxy.clientWrites();
            log("Cermin at 100 ms RTT: %.2f s, %d round trips", cerminSlow, cerminTrips);
            StudyMirror.Result studySlow = null;
            long studyTrips = 0;
            if (withStudyOnSlowLink) {
                proxy.resetCounters();
                studySlow = StudyMirror.mirror(store.dataSource(), hub.dataSourceOn(proxy.port()), STUDY_SLOW_BUDGET);
                studyTrips = proxy.clientWrites();
                log("study mirror at 100 ms RTT: %.1f s for %,d of %,d rows, %d round trips%s", studySlow.seconds(),
                        studySlow.rows(), studySlow.totalRows(), studyTrips, studySlow.complete() ? ""
                                : String.format(", extrapolated %.0f s", studySlow.estimatedSeconds()));
            }
            return new SizeResult(lines, cermin, report.pushed(), study, cerminSlow, cerminTrips, studySlow,
                    studyTrips);
        }
    }

    private static void load(MirrorNode node, long lines, String cashierId) {
        try (Connection c = node.connect()) {
            SaleHistory.load(c, lines, cashierId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 100 new sales of 5 lines on the store, each its own transaction as at the counter. */
    private static List<String> sell(MirrorNode store, ShopWrites.Catalogue catalogue) throws SQLException {
        List<String> products = catalogue.productIds();
        List<String> saleIds = new ArrayList<>();
        try (Connection c = store.connect()) {
            for (int i = 0; i < SALES; i++) {
                List<String> cart = new ArrayList<>();
                for (int j = 0; j < SaleHistory.LINES_PER_SALE; j++) {
                    cart.add(products.get((i * SaleHistory.LINES_PER_SALE + j) % products.size()));
                }
                saleIds.add(ShopWrites.sell(c, STORE, catalogue.userId(), cart, 1));
            }
        }
        return saleIds;
    }

    private static RunReport sync(MirrorEngine engine, int expectedPushed) {
        RunReport report = engine.run("BENCH");
        if (report == null || !report.succeeded()) {
            throw new IllegalStateException("mirror run failed: " + (report == null ? "already running" : report.error()));
        }
        if (expectedPushed >= 0 && report.pushed() != expectedPushed) {
            throw new IllegalStateException("pushed " + report.pushed() + " changes, expected " + expectedPushed);
        }
        if (report.held() > 0) {
            throw new IllegalStateException("run held changes: " + report);
        }
        return report;
    }

    /** Removes these sales from the hub without capture, as if Cermin's run had not happened. */
    private static void forget(MirrorNode hub, List<String> saleIds) throws SQLException {
        String in = String.join(", ", Collections.nCopies(saleIds.size(), "?"));
        try (Connection c = hub.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET @cermin_origin = ''");
            }
            for (String sql : List.of("DELETE FROM stock_movement WHERE source_id IN (" + in + ")",
                    "DELETE FROM sale_line WHERE sale_id IN (" + in + ")", "DELETE FROM sale WHERE id IN (" + in + ")")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < saleIds.size(); i++) {
                        ps.setString(i + 1, saleIds.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Copies every table the study copies, store to hub, in batches: a quick repair, not measured. */
    private static void copyBatched(MirrorNode from, MirrorNode to) throws SQLException {
        try (Connection src = from.connect(); Connection dst = to.connect(); Statement d = dst.createStatement()) {
            d.execute("SET @cermin_origin = '', foreign_key_checks = 0");
            dst.setAutoCommit(false);
            for (String table : StudyMirror.TABLES) {
                d.execute("TRUNCATE TABLE " + table);
                try (Statement select = src.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    select.setFetchSize(Integer.MIN_VALUE);
                    try (ResultSet rs = select.executeQuery("SELECT * FROM " + table)) {
                        int width = rs.getMetaData().getColumnCount();
                        String marks = String.join(", ", Collections.nCopies(width, "?"));
                        try (PreparedStatement insert = dst.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
                            int pending = 0;
                            while (rs.next()) {
                                for (int i = 1; i <= width; i++) {
                                    insert.setObject(i, rs.getObject(i));
                                }
                                insert.addBatch();
                                if (++pending == 1000) {
                                    insert.executeBatch();
                                    dst.commit();
                                    pending = 0;
                                }
                            }
                            insert.executeBatch();
                        }
                    }
                }
                dst.commit();
            }
            dst.setAutoCommit(true);
            d.execute("SET @cermin_origin = NULL, foreign_key_checks = 1");
        }
    }

    private static void print(List<SizeResult> results, EmbeddedMariaDb server) throws SQLException {
        System.out.printf("Mirror benchmark: %d new sales of %d lines (%d changes) per run, %d products, Java %s,"
                        + " %s, %d cores (shared with other work), %s%n", SALES, SaleHistory.LINES_PER_SALE,
                SALES * CHANGES_PER_SALE, PRODUCTS, System.getProperty("java.version"), mariaDbVersion(server),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.println();
        System.out.println("Local link (store, hub and engine on this machine):");
        System.out.println();
        System.out.println("| sale lines on both sides | Cermin run s | changes pushed | study mirror s | rows the study copies"
                + " | study ÷ Cermin |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (SizeResult r : results) {
            StudyMirror.Result s = r.study();
            System.out.printf("| %,d | %.3f | %,d | %s | %,d | %,.0f%s |%n", r.lines(), r.cerminSeconds(), r.pushed(),
                    s.complete() ? String.format("%.1f", s.seconds())
                            : String.format("%.0f (extrapolated from %,d rows in %.0f s)", s.estimatedSeconds(),
                            s.rows(), s.seconds()),
                    s.totalRows(), s.estimatedSeconds() / r.cerminSeconds(), s.complete() ? "" : " (extrapolated)");
        }
        System.out.println();
        System.out.printf("100 ms round trip between the engine and the hub database (TcpProxy, %d ms each way):%n",
                ONE_WAY_LATENCY.toMillis());
        System.out.println();
        System.out.println("| sale lines on both sides | Cermin run s | Cermin round trips | study mirror s"
                + " | study round trips | study ÷ Cermin |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (SizeResult r : results) {
            StudyMirror.Result s = r.studySlow();
            String studyTime = "not measured";
            String studyTrips = "not measured";
            String ratio = "";
            if (s != null) {
                studyTime = s.complete() ? String.format("%.1f", s.seconds())
                        : String.format("%.0f extrapolated (measured: %,d of %,d rows in %.0f s)", s.estimatedSeconds(),
                        s.rows(), s.totalRows(), s.seconds());
                studyTrips = s.complete() ? String.format("%,d", r.studySlowRoundTrips())
                        : String.format("%,.0f extrapolated (measured: %,d)", s.extrapolate(r.studySlowRoundTrips()),
                        r.studySlowRoundTrips());
                ratio = String.format("%,.0f%s", s.estimatedSeconds() / r.cerminSlowSeconds(),
                        s.complete() ? "" : " (extrapolated)");
            }
            System.out.printf("| %,d | %.2f | %,d | %s | %s | %s |%n", r.lines(), r.cerminSlowSeconds(),
                    r.cerminSlowRoundTrips(), studyTime, studyTrips, ratio);
        }
        System.out.println();
        System.out.println("Cermin sends only the 1,100 changes of the new sales; the study's mirror re-sends every row"
                + " of every table, one statement and one round trip per row. Its TRUNCATE also destroys every"
                + " row the hub wrote that the store does not have (another store's sales, the owner's edits on the"
                + " hub): Cermin merges both sides instead.");
    }

    private static String mariaDbVersion(EmbeddedMariaDb server) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl("bench_store"), EmbeddedMariaDb.APP_USER,
                EmbeddedMariaDb.APP_PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return "MariaDB " + rs.getString(1);
        }
    }

    private static long[] sizes(String arg) {
        if (arg.equals("smoke")) {
            return new long[] {1_000, 5_000};
        }
        long[] sizes = Arrays.stream(arg.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray();
        for (long n : sizes) {
            if (n < (long) SALES * SaleHistory.LINES_PER_SALE || n % SaleHistory.LINES_PER_SALE != 0) {
                throw new IllegalArgumentException("sizes are sale lines, a multiple of 5, at least 500: " + n);
            }
        }
        return sizes;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.printf("[mirror bench] " + format + "%n", args);
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
