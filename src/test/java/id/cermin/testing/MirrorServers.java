package id.cermin.testing;

import id.cermin.launcher.EmbeddedMariaDb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Extra real MariaDB servers for the mirror's tests: the hub's and a second store's, each
 * its own process (so one can be stopped, restarted or killed while the others run).
 * The first store uses the shared {@link ItDatabase} server.
 */
public final class MirrorServers {

    public static final int HUB_PORT = Integer.getInteger("cermin.it.hubPort", 3401);
    public static final int STORE2_PORT = Integer.getInteger("cermin.it.store2Port", 3402);

    private static final Map<Integer, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private MirrorServers() {
    }

    public static EmbeddedMariaDb hub() {
        return server(HUB_PORT);
    }

    public static EmbeddedMariaDb store2() {
        return server(STORE2_PORT);
    }

    /** The server on this port, started (on its existing data, if any) when not running. */
    public static synchronized EmbeddedMariaDb server(int port) {
        EmbeddedMariaDb server = RUNNING.get(port);
        if (server == null) {
            server = EmbeddedMariaDb.start(home(port), port);
            server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD, "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
            RUNNING.put(port, server);
        }
        return server;
    }

    /** Stops the server cleanly; its data stays for the next {@link #server}. */
    public static synchronized void stop(int port) {
        EmbeddedMariaDb server = RUNNING.remove(port);
        if (server != null) {
            server.close();
        }
    }

    /**
     * Kills the server's process with SIGKILL, as a power cut or an OOM kill would:
     * nothing is flushed or shut down. {@link #server} then restarts it on its data
     * (InnoDB crash recovery).
     */
    public static synchronized void kill(int port) {
        EmbeddedMariaDb server = RUNNING.remove(port);
        if (server == null) {
            return;
        }
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> (c.contains("mariadbd") || c.contains("mysqld"))
                        && c.contains("--port=" + port)).orElse(false))
                .forEach(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
    }

    static synchronized void stopAll() {
        for (int port : Map.copyOf(RUNNING).keySet()) {
            stop(port);
        }
    }

    private static Path home(int port) {
        return Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("mariadb-" + port);
    }
}
