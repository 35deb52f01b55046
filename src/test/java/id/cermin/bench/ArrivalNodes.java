package id.cermin.bench;

import id.cermin.launcher.Database;
import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;
import id.cermin.testing.TcpProxy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hub node and a store node as {@code cermin demo} starts them: each the built WAR on
 * Payara Micro on its own database, with the demo's accounts and catalogue, the store
 * mirroring on its normal 15 s timer. Both databases are on one embedded MariaDB server
 * (as in the HTTP tests), which halves the disk a run needs; the 2 cores are shared either way. The store reaches the hub's database (the
 * mirror's only link: the store calls the hub's procedures over JDBC) through a
 * {@link TcpProxy} whose latency makes the link local or slow. The store can be started
 * again with another setting for the run after each sale.
 */
final class ArrivalNodes implements AutoCloseable {

    static final int DB_PORT = Integer.getInteger("cermin.bench.dbPort", 3701);
    static final int LINK_PORT = Integer.getInteger("cermin.bench.linkPort", 3703);
    static final int HUB_HTTP_PORT = Integer.getInteger("cermin.bench.hubHttpPort", 8701);
    static final int STORE_HTTP_PORT = Integer.getInteger("cermin.bench.storeHttpPort", 8702);
    private static final String SCHEMA_RIGHTS = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX,"
            + " REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES, CREATE ROUTINE, ALTER ROUTINE, EXECUTE, TRIGGER";
    private static final String ROW_RIGHTS = "SELECT, INSERT, UPDATE, DELETE";
    /** Less disk than the default 96 MB; a few hundred sales never fill it. */
    private static final String SMALL_REDO_LOG = "--innodb-log-file-size=16M";
    private static final String HUB = "cermin_hub";
    private static final String STORE = "cermin_store";
    /** The demo store's account on the hub's database (the hub's demo data registers it as store S1). */
    private static final String STORE_ACCOUNT = "store_s1";

    private final Path work;
    private final EmbeddedMariaDb db;
    private final TcpProxy link;
    private PayaraMicroServer hub;
    private PayaraMicroServer store;

    private ArrivalNodes(Path work, EmbeddedMariaDb db, TcpProxy link) {
        this.work = work;
        this.db = db;
        this.link = link;
    }

    /** Both databases and the hub node; the store is started by {@link #startStore}. */
    static ArrivalNodes start(Path work) throws IOException {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("db"), DB_PORT, SMALL_REDO_LOG);
        ArrivalNodes nodes = new ArrivalNodes(work, db, TcpProxy.start(DB_PORT, LINK_PORT));
        db.createDatabase(HUB);
        db.createDatabase(STORE);
        db.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD, "SELECT ON " + HUB + ".*",
                "SELECT ON " + STORE + ".*");
        db.account(STORE_ACCOUNT, "pw-" + STORE_ACCOUNT, "EXECUTE ON " + HUB + ".*");
        nodes.hub = nodes.server("hub", HUB_HTTP_PORT, NodeEnvironment.hub("HUB", rows(HUB), true, schema(HUB)), HUB);
        nodes.hub.awaitHealthy();
        return nodes;
    }

    /**
     * Starts the store (stopping it first if it runs) with {@code soonMillis} from a
     * committed sale to the run that sends it (0: the timer only).
     */
    void startStore(long soonMillis) throws IOException {
        if (store != null) {
            store.close();
        }
        Map<String, String> env = new HashMap<>(NodeEnvironment.store("S1", rows(STORE),
                Database.embedded(LINK_PORT, HUB, STORE_ACCOUNT, "pw-" + STORE_ACCOUNT), true, schema(STORE)));
        env.put("CERMIN_SYNC_INTERVAL", "15");
        env.put("CERMIN_SYNC_SOON_MILLIS", Long.toString(soonMillis));
        store = server("store", STORE_HTTP_PORT, env, STORE);
        store.awaitHealthy();
    }

    String storeUrl() {
        return store.baseUrl();
    }

    TcpProxy link() {
        return link;
    }

    Connection hubDatabase() throws SQLException {
        return connect(HUB);
    }

    Connection storeDatabase() throws SQLException {
        return connect(STORE);
    }

    /** The node's server on {@code database}, with its two accounts there (named as the database). */
    private PayaraMicroServer server(String role, int port, Map<String, String> env, String database)
            throws IOException {
        db.account(database + "_schema", "pw-" + database + "_schema", SCHEMA_RIGHTS + " ON " + database + ".*");
        db.account(database, "pw-" + database, ROW_RIGHTS + " ON " + database + ".*");
        return PayaraMicroServer.start(new PayaraMicroServer.Spec("bench-" + role,
                Path.of(System.getProperty("cermin.payaraMicroJar")), Path.of(System.getProperty("cermin.serverLib")),
                Path.of(System.getProperty("cermin.war")), Path.of(System.getProperty("cermin.serverConfig")).resolve(role),
                work.resolve(role), port, env, List.of("-Xms128m", "-Xmx512m")));
    }

    private static Database rows(String database) {
        return Database.embedded(DB_PORT, database, database, "pw-" + database);
    }

    private static Database schema(String database) {
        return Database.embedded(DB_PORT, database, database + "_schema", "pw-" + database + "_schema");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), EmbeddedMariaDb.APP_USER,
                EmbeddedMariaDb.APP_PASSWORD);
    }

    /** The servers first, then the link and the databases, so nothing is left half-written. */
    @Override
    public void close() {
        for (PayaraMicroServer server : new PayaraMicroServer[] {store, hub}) {
            if (server != null) {
                server.close();
            }
        }
        link.close();
        db.close();
    }
}
