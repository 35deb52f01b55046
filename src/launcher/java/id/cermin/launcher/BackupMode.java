package id.cermin.launcher;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code cermin backup [store|hub]} and {@code cermin restore FILE [store|hub]} for a
 * node's embedded database under {@code data/}, and the daily copy a running node keeps
 * in {@code data/backups/} (the last {@link #KEEP} of each node). A backup is taken while
 * Cermin runs; a restore needs Cermin stopped, and the node recovers by itself at its next
 * contact with the hub (see README, "When a store PC dies").
 */
public final class BackupMode {

    /** How many daily backups of each node are kept. */
    public static final int KEEP = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final LauncherSettings settings;

    public BackupMode(LauncherSettings settings) {
        this.settings = settings;
    }

    /** Takes a backup of the node's database now; returns the file. */
    public Path backup(String node) throws IOException {
        Path home = settings.data().resolve(node);
        Database db = database(node);
        Path file = settings.data().resolve("backups")
                .resolve("cermin-" + node + "-" + LocalDateTime.now().format(STAMP) + ".sql");
        withServer(home, db.port(), () -> Backup.ofEmbedded(home).dump(db, file));
        prune(node);
        return file;
    }

    /** Replaces the node's database by the backup in {@code file}; Cermin must be stopped. */
    public void restore(String node, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        Path home = settings.data().resolve(node);
        Database db = database(node);
        if (listening(db.port())) {
            throw new IllegalArgumentException("Cermin is running; stop it first, then restore");
        }
        withServer(home, db.port(), () -> {
            EmbeddedMariaDb server = running;
            server.recreateDatabase(db.name());
            Backup.ofEmbedded(home).restore(db, file);
        });
    }

    /** Takes today's backup if there is none yet, keeping the last {@link #KEEP}. */
    void daily(String node) throws IOException {
        String today = "cermin-" + node + "-" + LocalDateTime.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        if (backups(node).stream().noneMatch(p -> p.getFileName().toString().startsWith(today))) {
            backup(node);
        }
    }

    private Database database(String node) throws IOException {
        Path secrets = settings.data().resolve(node).resolve(Secrets.FILE);
        if (!Files.exists(secrets)) {
            throw new IllegalArgumentException("no database of node '" + node + "' under " + settings.data());
        }
        // A backup holds the tables, triggers and procedures: the schema's account reads and
        // loads them (a data folder last started before it existed has the server's only).
        String user = Secrets.has(secrets, NodeAccounts.schemaUser("cermin_" + node))
                ? NodeAccounts.schemaUser("cermin_" + node) : "cermin_" + node;
        int port = "hub".equals(node) ? settings.hubDbPort(3317) : settings.storeDbPort();
        return Database.embedded(port, "cermin", user, Secrets.password(secrets, user));
    }

    private List<Path> backups(String node) throws IOException {
        Path folder = settings.data().resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("cermin-" + node + "-")
                    && p.getFileName().toString().endsWith(".sql")).sorted(Comparator.reverseOrder()).toList();
        }
    }

    private void prune(String node) throws IOException {
        List<Path> all = backups(node);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private EmbeddedMariaDb running;

    /** Runs {@code work} with the node's database up: the running one, or one started for it. */
    private void withServer(Path home, int port, Work work) throws IOException {
        if (listening(port) && running == null) {
            work.run();
            return;
        }
        running = EmbeddedMariaDb.start(home, port);
        try {
            work.run();
        } finally {
            running.close();
            running = null;
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The node a command names: "store" unless "hub" is given. */
    static String node(Optional<String> given) {
        String node = given.orElse("store");
        if (!node.equals("store") && !node.equals("hub")) {
            throw new IllegalArgumentException("a node is 'store' or 'hub', not '" + node + "'");
        }
        return node;
    }
}
