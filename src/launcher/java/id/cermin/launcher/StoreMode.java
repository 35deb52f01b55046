package id.cermin.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cermin store}: one store node for a real store PC, on its own MariaDB (embedded
 * under {@code data/store/} unless {@code CERMIN_DB_HOST} names another) and mirrored to
 * the hub's database. What a service starts when the PC boots.
 */
final class StoreMode implements Supervisor.Start {

    private final LauncherSettings settings;

    StoreMode(LauncherSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(Supervisor supervisor) throws Exception {
        supervisor.step("reading the settings", null);
        Path work = settings.data().resolve("store");
        int port = settings.storePort();
        Database hub = settings.hubDatabase();
        Optional<Database> external = settings.externalDatabase();
        long started = System.nanoTime();

        Database own;
        Database schema = null;
        if (external.isPresent()) {
            own = external.get();
            supervisor.tell("using the database %s on %s:%d", own.name(), own.host(), own.port());
        } else {
            int dbPort = settings.storeDbPort();
            supervisor.tell("starting the database under %s", work);
            supervisor.step("starting the database (port " + dbPort + ")", null);
            EmbeddedMariaDb db = supervisor.started(EmbeddedMariaDb.start(work, dbPort));
            db.secureRoot();
            db.createDatabase("cermin");
            NodeAccounts accounts = NodeAccounts.make(db, dbPort, work.resolve(Secrets.FILE), "cermin_store");
            own = accounts.rows();
            schema = accounts.schema();
            supervisor.tell("database ready after %.1f s", DemoMode.seconds(started));
        }

        String node = settings.node();
        supervisor.tell("starting store %s (port %d), hub database %s on %s:%d",
                node, port, hub.name(), hub.host(), hub.port());
        Map<String, String> env = NodeEnvironment.store(node, own, hub, false, schema);
        settings.syncInterval().ifPresent(seconds -> env.put("CERMIN_SYNC_INTERVAL", seconds));
        List<String> trust = settings.hubCa().isPresent() ? HubTrust.javaOptions(settings.hubCa().get(), work) : List.of();
        PayaraMicroServer.Spec spec = new BuiltFiles(settings.home()).spec("store", "store", port, work, env, settings,
                trust);
        supervisor.step("starting the store (port " + port + ")", spec.log());
        PayaraMicroServer store = supervisor.started(PayaraMicroServer.start(spec));
        store.awaitHealthy();
        if (external.isEmpty()) {
            supervisor.started(new DailyBackups(new BackupMode(settings), java.util.List.of("store")));
        }
        supervisor.tell("store ready at %s/ after %.1f s (log: %s)", store.baseUrl(), DemoMode.seconds(started),
                store.log());
    }
}
