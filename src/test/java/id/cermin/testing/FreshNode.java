package id.cermin.testing;

import id.cermin.launcher.Database;
import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node as it is on its first start: the built WAR on Payara Micro with its role's
 * {@code server-config}, no demo data, on a database of its own of the test MariaDB, at a
 * free port. Started by a test class for itself ({@link #launch} then {@link #awaitReady},
 * so that two can start side by side), and closed by it.
 */
public final class FreshNode implements AutoCloseable {

    private final PayaraMicroServer.Spec spec;
    private final String database;
    private PayaraMicroServer server;

    private FreshNode(PayaraMicroServer.Spec spec, String database) {
        this.spec = spec;
        this.database = database;
    }

    /**
     * Starts a hub (no hub of its own) or a store whose hub database is unreachable (its
     * mirror, on the button only, would fail), on {@code database}, created if missing.
     */
    public static FreshNode launch(String name, String role, String database, Map<String, String> settings) {
        ItDatabase.server().createDatabase(database);
        Database own = Database.embedded(ItDatabase.port(), database, EmbeddedMariaDb.APP_USER,
                EmbeddedMariaDb.APP_PASSWORD);
        Map<String, String> env = new HashMap<>("hub".equals(role) ? NodeEnvironment.hub(name, own, false)
                : NodeEnvironment.store(name, own, Database.embedded(freePort(), "cermin_nowhere", "nobody", "x"), false));
        env.put("CERMIN_SYNC_INTERVAL", "0");
        env.putAll(settings);
        Path work = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("fresh-" + database);
        FreshNode node = new FreshNode(new PayaraMicroServer.Spec("fresh-" + database,
                Path.of(System.getProperty("cermin.payaraMicroJar")), Path.of(System.getProperty("cermin.serverLib")),
                Path.of(System.getProperty("cermin.war")),
                Path.of(System.getProperty("cermin.serverConfig")).resolve(role), work, freePort(), env,
                List.of("-Xms128m", "-Xmx" + System.getProperty("cermin.it.serverHeap", "512m"))), database);
        node.start();
        return node;
    }

    private void start() {
        try {
            server = PayaraMicroServer.start(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FreshNode awaitReady() {
        server.awaitHealthy();
        return this;
    }

    /** Stops the server and starts it again on the same database. */
    public void restart() {
        server.close();
        start();
        awaitReady();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** What the server wrote to its log so far. */
    public String log() {
        try {
            return Files.readString(server.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Connection connect() throws SQLException {
        return ItDatabase.connect(database);
    }

    /** The first column of the first row of a query on the node's database, or null. */
    public String query(String sql) throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
