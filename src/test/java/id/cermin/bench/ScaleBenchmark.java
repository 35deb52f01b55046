package id.cermin.bench;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;
import id.cermin.testing.TestFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Many stores, one hub: N simulated stores ({@link SimulatedStore}: each the real mirror
 * engine with its own database and its own hub account) each sell one sale of 5 lines
 * every 2 s and run their mirror on the normal interval, while the hub applies its inbox
 * as its server does ({@link HubInboxLoop}) and the owner changes a price on the hub every
 * 10 s. Measured per N ({@link ScaleLevel}): sales per second applied at the hub, delay
 * from a sale's commit at its store to its presence in the hub's sales tables, the hub
 * database's CPU per 1,000 sales, round trips per store run, how far the hub's inbox fell
 * behind, and the pull of a store that was away while the others sold.
 * <p>
 * Not a test: it starts its own two MariaDB servers (the stores' schemas on 3580, the hub
 * on 3581; files under {@code target/bench-scale}) and stops them at the end. Run with
 * {@code mvn -q -B -o exec:java -Dexec.mainClass=id.cermin.bench.ScaleBenchmark
 * -Dexec.args="1,10,50,200 120 15"} (store counts, seconds per level, mirror interval
 * in seconds); see docs/SCALING.md.
 */
public final class ScaleBenchmark {

    static final int STORES_PORT = Integer.getInteger("cermin.bench.storesPort", 3580);
    static final int HUB_PORT = Integer.getInteger("cermin.bench.hubPort", 3581);
    private static final Path WORK_DIR = Path.of("target/bench-scale");
    private static final int PRODUCTS = 100;
    static final String AWAY = "SAWAY";

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream((args.length > 0 ? args[0] : "1,10,50,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int intervalSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int most = Arrays.stream(levels).max().orElseThrow();
        System.setProperty("cermin.workDir", WORK_DIR.toString());
        TestFiles.deleteTree(WORK_DIR);
        log("scale benchmark: stores %s, %d s each, mirror every %d s; %d cores; load average %s",
                Arrays.toString(levels), seconds, intervalSeconds, Runtime.getRuntime().availableProcessors(),
                ProcessCpu.loadAverage());
        EmbeddedMariaDb storesServer = null;
        EmbeddedMariaDb hubServer = null;
        List<SimulatedStore> stores = new ArrayList<>();
        List<ScaleLevel.Result> results = new ArrayList<>();
        try {
            int connections = 2 * most + 100;
            storesServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + STORES_PORT), STORES_PORT,
                    "--max-connections=" + 2 * connections, "--innodb-buffer-pool-size=512M",
                    "--table-open-cache=8000", "--table-definition-cache=8000");
            hubServer = EmbeddedMariaDb.start(WORK_DIR.resolve("mariadb-" + HUB_PORT), HUB_PORT,
                    "--max-connections=" + connections, "--innodb-buffer-pool-size=512M");
            for (EmbeddedMariaDb server : List.of(storesServer, hubServer)) {
                server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD,
                        "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
            }
            MirrorNode hub = MirrorNode.create(hubServer, "scale_hub", "HUB");
            ShopWrites.Catalogue catalogue;
            try (Connection c = hub.connect()) {
                catalogue = ShopWrites.catalogue(c, "HUB", PRODUCTS, shelves(most));
            }
            Path template = WORK_DIR.resolve("store-template.sql");
            MirrorNode.create(storesServer, "scale_template", "TEMPLATE").backupTo(template);
            try (HubInboxLoop inbox = new HubInboxLoop(hub.dataSource());
                 TcpProxy watchedLink = TcpProxy.start(HUB_PORT); TcpProxy awayLink = TcpProxy.start(HUB_PORT)) {
                SimulatedStore away = SimulatedStore.open(storesServer, template, hub, AWAY, awayLink.port(), catalogue);
                Random random = new Random(11);
                for (int n : levels) {
                    long t0 = System.nanoTime();
                    while (stores.size() < n) {
                        String name = storeName(stores.size() + 1);
                        stores.add(SimulatedStore.open(storesServer, template, hub, name,
                                stores.isEmpty() ? watchedLink.port() : HUB_PORT, catalogue));
                        if (stores.size() % 10 == 0) {
                            log("%d stores ready (%.0f s)", stores.size(), (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    ScaleLevel level = new ScaleLevel(hub, stores.subList(0, n), away, watchedLink, awayLink,
                            catalogue, seconds, intervalSeconds, random);
                    ScaleLevel.Result result = level.run();
                    results.add(result);
                    log("N=%d: %s; hub inbox passes failed so far: %d", n, result, inbox.failures());
                }
            }
            print(results, seconds, intervalSeconds, storesServer);
        } finally {
            stores.forEach(SimulatedStore::close);
            stop(storesServer);
            stop(hubServer);
        }
    }

    static String storeName(int i) {
        return String.format("S%03d", i);
    }

    private static String[] shelves(int stores) {
        String[] shelves = new String[stores + 1];
        for (int i = 0; i < stores; i++) {
            shelves[i] = storeName(i + 1);
        }
        shelves[stores] = AWAY;
        return shelves;
    }

    private static void print(List<ScaleLevel.Result> results, int seconds, int intervalSeconds,
                              EmbeddedMariaDb server) throws SQLException {
        System.out.printf("%nScale benchmark: %d s per level, mirror interval %d s, one sale of %d lines per store"
                        + " every 2 s; Java %s, %d cores (shared with other work), %s%n", seconds, intervalSeconds,
                SimulatedStore.LINES_PER_SALE, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.println();
        System.out.println("| stores | load avg (start → end) | sales made/s | applied at hub/s | delay p50 s | delay p95 s"
                + " | delay max s | not arrived | hub behind max s | hub CPU s / 1k sales | hub cores used"
                + " | stores' DB cores | bench JVM cores | round trips / run | KB / run | run p50 ms | run p95 ms"
                + " | failed runs | away store: hub log changes meanwhile | rows pulled | KB | round trips | ms |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:"
                + "|---:|---:|---:|---:|---:|");
        for (ScaleLevel.Result r : results) {
            System.out.println(r.tableRow());
        }
    }

    private static void stop(EmbeddedMariaDb server) {
        if (server != null) {
            server.close();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("%s  %s%n", Instant.now(), String.format(format, args));
    }
}
