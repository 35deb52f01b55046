package id.cermin.testing;

import id.cermin.launcher.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The one real MariaDB server of an integration-test run, started once (on the port
 * failsafe names) before the first test and stopped after the last. Each test class
 * takes its own fresh database from it.
 */
public final class ItDatabase {

    /** The database the in-container (Arquillian) tests' Payara uses; see failsafe's environment. */
    public static final String ARQUILLIAN_DB = "cermin_arq";

    private static EmbeddedMariaDb server;

    private ItDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path home = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("mariadb");
            TestFiles.deleteTree(home);
            server = EmbeddedMariaDb.start(home, port());
            server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD, "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
        }
        return server;
    }

    public static int port() {
        return Integer.getInteger("cermin.it.dbPort", 3399);
    }

    /** A new empty database; any earlier one with the same name is dropped. */
    public static String freshDatabase(String name) {
        server().recreateDatabase(name);
        return server().jdbcUrl(name);
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(server().jdbcUrl(name), EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD);
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
