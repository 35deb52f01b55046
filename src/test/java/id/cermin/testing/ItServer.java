package id.cermin.testing;

import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real store node for the HTTP tests: the built WAR on Payara Micro with the store's
 * {@code server-config}, demo accounts, on its own database of the test MariaDB. Started
 * once for the whole run, as a user would start it.
 */
public final class ItServer {

    public static final String DATABASE = "cermin_http";
    private static PayaraMicroServer server;

    private ItServer() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            int dbPort = ItDatabase.port();
            ItDatabase.freshDatabase(DATABASE);
            ItDatabase.freshDatabase(DATABASE + "_hub");
            Path work = Path.of(System.getProperty("cermin.workDir", "target/it"));
            try {
                server = PayaraMicroServer.start(new PayaraMicroServer.Spec("http-test-store",
                        Path.of(System.getProperty("cermin.payaraMicroJar")),
                        Path.of(System.getProperty("cermin.serverLib")),
                        Path.of(System.getProperty("cermin.war")),
                        Path.of(System.getProperty("cermin.serverConfig")).resolve("store"),
                        work.resolve("http-store"), Integer.getInteger("cermin.it.httpPort", 8180),
                        NodeEnvironment.store("S9", dbPort, DATABASE, dbPort, DATABASE + "_hub", true)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.awaitHealthy();
        }
        return server.baseUrl();
    }

    /** The first column of the first row of a query on the node's database, or null. */
    public static String query(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = ItDatabase.connect(DATABASE);
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
