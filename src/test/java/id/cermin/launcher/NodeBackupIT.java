package id.cermin.launcher;

import id.cermin.testing.ItDatabase;
import id.cermin.testing.ShopWrites;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A node's backup taken and loaded back as {@code cermin backup} and {@code cermin restore}
 * do it, with the accounts the launcher gives a node (the schema's account; the server's has
 * row rights only): the tables, their rows, the triggers and the procedures all come back.
 */
class NodeBackupIT {

    @TempDir
    Path folder;

    @Test
    void aBackupLoadsBackWithTheNodesOwnAccounts() throws Exception {
        EmbeddedMariaDb server = ItDatabase.server();
        server.recreateDatabase("cermin");
        NodeAccounts accounts = NodeAccounts.make(server, server.port(), folder.resolve(Secrets.FILE), "cermin_bk");
        Database schema = accounts.schema();
        Flyway.configure().dataSource(server.jdbcUrl("cermin"), schema.user(), schema.password())
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(accounts.rows())) {
            ShopWrites.catalogue(c, "S1", 3);
        }
        String before = census(schema);

        Path file = folder.resolve("backup.sql");
        Backup backup = Backup.ofEmbedded(server.home());
        backup.dump(schema, file);
        server.recreateDatabase("cermin");
        backup.restore(schema, file);

        assertEquals(before, census(schema), "tables, products, triggers and procedures as before");
    }

    private static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/" + db.name()
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", db.user(), db.password());
    }

    private static String census(Database db) throws SQLException {
        try (Connection c = connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'cermin'),"
                        + " (SELECT COUNT(*) FROM product),"
                        + " (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'cermin'),"
                        + " (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'cermin')")) {
            rs.next();
            return rs.getLong(1) + " tables, " + rs.getLong(2) + " products, " + rs.getLong(3) + " triggers, "
                    + rs.getLong(4) + " procedures";
        }
    }
}
