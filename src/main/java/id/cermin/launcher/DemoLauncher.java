package id.cermin.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./cermin demo}: a hub and a store on this machine, each with its own embedded
 * MariaDB under {@code ./data/}, with the demo catalogue and accounts. Ctrl-C stops the
 * servers first, then the databases, so nothing is left half-written.
 */
public final class DemoLauncher {

    /** The demo store's account on the hub's database (the hub's demo data registers it as store S1). */
    static final String DEMO_STORE_ACCOUNT = "store_s1";
    private static final String CREDENTIALS = "db-credentials.properties";

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("cermin.home", ".")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("cermin.data", home.resolve("data").toString())).toAbsolutePath();
        // Everything started is closed in reverse order, on Ctrl-C and on a failed start.
        Deque<AutoCloseable> running = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopHook = new Thread(() -> {
            System.out.println("\nCermin demo: stopping...");
            closeAll(running);
            System.out.println("Cermin demo: stopped. Data kept in " + data);
            stopped.countDown();
        }, "cermin-demo-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        Step step = new Step();
        try {
            start(home, data, running, step);
        } catch (Exception | Error e) {
            // One line for the person at the keyboard; the details are in the log it names.
            System.err.println("Cermin demo: " + step.what + " failed: " + firstLine(e)
                    + (step.log == null ? "" : " (log: " + step.log + ")"));
            closeAll(running);
            Runtime.getRuntime().removeShutdownHook(stopHook);
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the launcher is doing now, and the log that tells more, for a failure's one line. */
    private static final class Step {
        String what = "start";
        Path log;

        void is(String what, Path log) {
            this.what = what;
            this.log = log;
        }
    }

    private static void start(Path home, Path data, Deque<AutoCloseable> running, Step step) throws Exception {
        Path target = home.resolve("target");
        int storePort = envInt("CERMIN_STORE_PORT", 8080);
        int hubPort = envInt("CERMIN_HUB_PORT", 8081);
        int storeDbPort = envInt("CERMIN_STORE_DB_PORT", 3316);
        int hubDbPort = envInt("CERMIN_HUB_DB_PORT", 3317);
        long started = System.nanoTime();

        System.out.println("Cermin demo: starting databases under " + data);
        step.is("starting the databases (ports " + storeDbPort + ", " + hubDbPort + ")", null);
        CompletableFuture<EmbeddedMariaDb> hubStart = CompletableFuture.supplyAsync(
                () -> started(running, EmbeddedMariaDb.start(data.resolve("hub"), hubDbPort)));
        EmbeddedMariaDb storeDb;
        try {
            storeDb = started(running, EmbeddedMariaDb.start(data.resolve("store"), storeDbPort));
        } finally {
            // Whatever happened to the store's database, the hub's is closed with the rest.
            try {
                hubStart.join();
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof RuntimeException cause)) {
                    throw e;
                }
                throw cause;
            }
        }
        EmbeddedMariaDb hubDb = hubStart.join();
        // Each node's application has its own account on its own database; the store
        // reaches the hub's only as its store account, which can call the hub's procedures
        // for stores and nothing else.
        Path hubSecrets = data.resolve("hub").resolve(CREDENTIALS);
        Path storeSecrets = data.resolve("store").resolve(CREDENTIALS);
        hubDb.secureRoot();
        storeDb.secureRoot();
        hubDb.createDatabase("cermin");
        storeDb.createDatabase("cermin");
        NodeEnvironment.Database hubOwn = new NodeEnvironment.Database(hubDbPort, "cermin", "cermin_hub",
                Secrets.password(hubSecrets, "cermin_hub"));
        NodeEnvironment.Database storeOwn = new NodeEnvironment.Database(storeDbPort, "cermin", "cermin_store",
                Secrets.password(storeSecrets, "cermin_store"));
        NodeEnvironment.Database storeAtHub = new NodeEnvironment.Database(hubDbPort, "cermin", DEMO_STORE_ACCOUNT,
                Secrets.password(hubSecrets, DEMO_STORE_ACCOUNT));
        hubDb.account(hubOwn.user(), hubOwn.password(), "ALL PRIVILEGES ON cermin.*");
        hubDb.account(storeAtHub.user(), storeAtHub.password(), "EXECUTE ON cermin.*");
        storeDb.account(storeOwn.user(), storeOwn.password(), "ALL PRIVILEGES ON cermin.*");
        System.out.printf("Cermin demo: databases ready after %.1f s%n", (System.nanoTime() - started) / 1e9);

        // The store first: it is what the counter needs; the hub follows on the freed cores.
        System.out.println("Cermin demo: starting the store (port " + storePort + ")");
        PayaraMicroServer.Spec storeSpec = spec("store", storePort, target, home, data,
                NodeEnvironment.store("S1", storeOwn, storeAtHub, true));
        step.is("starting the store (port " + storePort + ")", storeSpec.workDir().resolve("server.log"));
        PayaraMicroServer store = started(running, PayaraMicroServer.start(storeSpec));
        store.awaitHealthy();
        System.out.printf("Cermin demo: store ready at %s/ after %.1f s; starting the hub (port %d)%n",
                store.baseUrl(), (System.nanoTime() - started) / 1e9, hubPort);
        PayaraMicroServer.Spec hubSpec = spec("hub", hubPort, target, home, data,
                NodeEnvironment.hub("HUB", hubOwn, true));
        step.is("starting the hub (port " + hubPort + ")", hubSpec.workDir().resolve("server.log"));
        PayaraMicroServer hub = started(running, PayaraMicroServer.start(hubSpec));
        hub.awaitHealthy();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("""

                Cermin is running (started in %.1f s).
                  Store (toko):  %s/
                  Hub (pusat):   %s/
                Demo accounts:  admin / admin123 (OWNER)   kasir / kasir123 (KASIR)
                Logs:           %s, %s
                Press Ctrl-C to stop.
                %n""", took.toMillis() / 1000.0, store.baseUrl(), hub.baseUrl(), store.log(), hub.log());
    }

    private static String firstLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends AutoCloseable> T started(Deque<AutoCloseable> running, T resource) {
        synchronized (running) {
            running.push(resource);
        }
        return resource;
    }

    private static void closeAll(Deque<AutoCloseable> running) {
        synchronized (running) {
            while (!running.isEmpty()) {
                try {
                    running.pop().close();
                } catch (Exception e) {
                    System.err.println("Cermin demo: " + e.getMessage());
                }
            }
        }
    }

    private static PayaraMicroServer.Spec spec(String name, int port, Path target, Path home, Path data,
                                               java.util.Map<String, String> env) throws Exception {
        Path war = target.resolve("cermin.war");
        if (!Files.exists(war)) {
            throw new IllegalStateException("Missing " + war + ": run 'mvn package -DskipTests' first");
        }
        return new PayaraMicroServer.Spec(name, target.resolve("payara-micro.jar"),
                target.resolve("server-lib/mysql-connector-j.jar"), war,
                home.resolve("server-config").resolve(name), data.resolve(name), port, env);
    }

    private static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
