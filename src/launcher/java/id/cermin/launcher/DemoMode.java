package id.cermin.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code cermin demo}: a hub and a store on this machine, each with its own embedded
 * MariaDB under {@code data/}, with the demo catalogue and accounts. Ctrl-C stops the
 * servers first, then the databases, so nothing is left half-written.
 */
final class DemoMode implements Supervisor.Start {

    /** The demo store's account on the hub's database (the hub's demo data registers it as store S1). */
    static final String DEMO_STORE_ACCOUNT = "store_s1";


    private final LauncherSettings settings;

    DemoMode(LauncherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(Supervisor supervisor) throws Exception {
        Path data = settings.data();
        BuiltFiles files = new BuiltFiles(settings.home());
        int storePort = settings.storePort();
        int hubPort = settings.hubPort();
        int storeDbPort = settings.storeDbPort();
        int hubDbPort = settings.hubDbPort(3317);
        long started = System.nanoTime();

        supervisor.tell("starting databases under %s", data);
        supervisor.step("starting the databases (ports " + storeDbPort + ", " + hubDbPort + ")", null);
        CompletableFuture<EmbeddedMariaDb> hubStart = CompletableFuture.supplyAsync(
                () -> supervisor.started(EmbeddedMariaDb.start(data.resolve("hub"), hubDbPort)));
        EmbeddedMariaDb storeDb;
        try {
            storeDb = supervisor.started(EmbeddedMariaDb.start(data.resolve("store"), storeDbPort));
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
        Path hubSecrets = data.resolve("hub").resolve(Secrets.FILE);
        Path storeSecrets = data.resolve("store").resolve(Secrets.FILE);
        hubDb.secureRoot();
        storeDb.secureRoot();
        hubDb.createDatabase("cermin");
        storeDb.createDatabase("cermin");
        NodeAccounts hubOwn = NodeAccounts.make(hubDb, hubDbPort, hubSecrets, "cermin_hub");
        NodeAccounts storeOwn = NodeAccounts.make(storeDb, storeDbPort, storeSecrets, "cermin_store");
        Database storeAtHub = Database.embedded(hubDbPort, "cermin", DEMO_STORE_ACCOUNT,
                Secrets.password(hubSecrets, DEMO_STORE_ACCOUNT));
        hubDb.account(storeAtHub.user(), storeAtHub.password(), "EXECUTE ON cermin.*");
        supervisor.tell("databases ready after %.1f s", seconds(started));

        // The store first: it is what the counter needs; the hub follows on the freed cores.
        supervisor.tell("starting the store (port %d)", storePort);
        PayaraMicroServer.Spec storeSpec = files.spec("store", "store", storePort, data.resolve("store"),
                NodeEnvironment.store("S1", storeOwn.rows(), storeAtHub, true, storeOwn.schema()), settings);
        supervisor.step("starting the store (port " + storePort + ")", storeSpec.log());
        PayaraMicroServer store = supervisor.started(PayaraMicroServer.start(storeSpec));
        store.awaitHealthy();
        supervisor.tell("store ready at %s/ after %.1f s; starting the hub (port %d)",
                store.baseUrl(), seconds(started), hubPort);
        PayaraMicroServer.Spec hubSpec = files.spec("hub", "hub", hubPort, data.resolve("hub"),
                NodeEnvironment.hub("HUB", hubOwn.rows(), true, hubOwn.schema()), settings);
        supervisor.step("starting the hub (port " + hubPort + ")", hubSpec.log());
        PayaraMicroServer hub = supervisor.started(PayaraMicroServer.start(hubSpec));
        hub.awaitHealthy();
        supervisor.started(new DailyBackups(new BackupMode(settings), List.of("store", "hub")));
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

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
