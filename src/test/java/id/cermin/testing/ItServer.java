package id.cermin.testing;

import id.cermin.demo.DemoData;
import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.launcher.Database;
import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real store node for the HTTP tests: the built WAR on Payara Micro with the store's
 * {@code server-config}, demo accounts, on its own database of the test MariaDB. Started
 * once for the whole run, as a user would start it. Its mirror runs on the button only,
 * unless {@code cermin.it.syncInterval} gives seconds between runs (the benchmarks).
 */
public final class ItServer {

    public static final String DATABASE = "cermin_http";
    public static final String HUB_DATABASE = DATABASE + "_hub";
    /** The server's own database account: rows only, no schema. */
    public static final String RUNTIME_USER = "cermin_rows";
    private static final String RUNTIME_PASSWORD = "rows-only";
    private static final String SCHEMA_USER = "cermin_schema_http";
    private static final String SCHEMA_PASSWORD = "schema-only";
    private static PayaraMicroServer server;
    private static TcpProxy hubLink;
    private static HubDrainer hubDrainer;

    private ItServer() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            int dbPort = ItDatabase.port();
            ItDatabase.freshDatabase(DATABASE);
            // The hub's database, migrated as a hub would migrate it, reached through a
            // proxy that tests can cut to take the hub away.
            MirrorNode hub = MirrorNode.create(ItDatabase.server(), HUB_DATABASE, "HUB");
            MirrorNode.StoreAccount account = hub.registerStore("S9");
            // The hub has the demo's users and catalogue too (users are made on the hub only).
            try (java.sql.Connection c = hub.connect()) {
                DemoData.load(c, "S9");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load the demo data into the hub: " + e.getMessage(), e);
            }
            hubLink = TcpProxy.start(dbPort);
            hubDrainer = HubDrainer.start(hub);
            // The server reads and writes rows with an account that may do nothing else; the
            // schema is made by an account of its own, both as server-config/database-accounts.sql says.
            ItDatabase.server().account(RUNTIME_USER, RUNTIME_PASSWORD, DatabaseAccounts.rowRights(DATABASE));
            ItDatabase.server().account(SCHEMA_USER, SCHEMA_PASSWORD, DatabaseAccounts.schemaRights(DATABASE));
            Map<String, String> env = new HashMap<>(NodeEnvironment.store("S9",
                    Database.embedded(dbPort, DATABASE, RUNTIME_USER, RUNTIME_PASSWORD),
                    Database.embedded(hubLink.port(), HUB_DATABASE, account.user(), account.password()),
                    true));
            env.put("CERMIN_MIGRATION_DB_USER", SCHEMA_USER);
            env.put("CERMIN_MIGRATION_DB_PASSWORD", SCHEMA_PASSWORD);
            env.put("CERMIN_SYNC_INTERVAL", System.getProperty("cermin.it.syncInterval", "0"));
            // The tests connect from here as a proxy would, so they may say where "browsers" are.
            env.put("CERMIN_TRUSTED_PROXY", "127.0.0.1");
            Path work = Path.of(System.getProperty("cermin.workDir", "target/it"));
            try {
                server = PayaraMicroServer.start(new PayaraMicroServer.Spec("http-test-store",
                        Path.of(System.getProperty("cermin.payaraMicroJar")),
                        Path.of(System.getProperty("cermin.serverLib")),
                        Path.of(System.getProperty("cermin.war")),
                        Path.of(System.getProperty("cermin.serverConfig")).resolve("store"),
                        work.resolve("http-store"), Integer.getInteger("cermin.it.httpPort", 8180),
                        env, List.of("-Xms128m", "-Xmx" + System.getProperty("cermin.it.serverHeap", "512m"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.awaitHealthy();
        }
        return server.baseUrl();
    }

    /** The running server's process. */
    public static long pid() {
        baseUrl();
        return server.pid();
    }

    /** The link from the store to its hub's database (the mirror runs on the button only). */
    public static TcpProxy hubLink() {
        baseUrl();
        return hubLink;
    }

    /** The first column of the first row of a query on the node's database, or null. */
    public static String query(String sql) throws java.sql.SQLException {
        return query(DATABASE, sql);
    }

    /** The same on the hub's database. */
    public static String hubQuery(String sql) throws java.sql.SQLException {
        return query(HUB_DATABASE, sql);
    }

    private static String query(String database, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = ItDatabase.connect(database);
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static synchronized void stop() {
        if (hubDrainer != null) {
            hubDrainer.close();
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (hubLink != null) {
            hubLink.close();
            hubLink = null;
        }
    }
}
