package id.cermin.testing;

import id.cermin.mirror.capture.ChangeLog;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.cermin.launcher.Backup;
import id.cermin.launcher.Database;
import id.cermin.launcher.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's database in a mirror test: a fresh database on a real MariaDB server,
 * migrated by the same Flyway scripts as the server and named like a node, with the
 * data sources the engine uses (directly, or through a {@link TcpProxy} port).
 */
public final class MirrorNode {

    private final String node;
    private final EmbeddedMariaDb server;
    private final int port;
    private final String database;

    private MirrorNode(String node, EmbeddedMariaDb server, String database) {
        this.node = node;
        this.server = server;
        this.port = server.port();
        this.database = database;
    }

    public static MirrorNode create(EmbeddedMariaDb server, String database, String node) {
        server.recreateDatabase(database);
        MirrorNode n = new MirrorNode(node, server, database);
        Flyway.configure().dataSource(n.dataSource()).locations("classpath:db/migration").load().migrate();
        try (Connection c = n.connect()) {
            ChangeLog.claim(c, node);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    /**
     * A new node's database made from {@code backup}, a backup of a migrated node nobody
     * has written to (quicker than migrating each of many): a database and history of its
     * own, under the name {@code node}, as a fresh install has.
     */
    public static MirrorNode copy(EmbeddedMariaDb server, Path backup, String database, String node) {
        MirrorNode n = new MirrorNode(node, server, database);
        n.restoreFrom(backup);
        n.update("UPDATE mirror_node SET db_id = UUID(), incarnation = UUID(), restored_at = NULL, node = ?"
                + " WHERE id = 1", node);
        return n;
    }

    public String node() {
        return node;
    }

    public String database() {
        return database;
    }

    /** A backup of this node's database, as {@code cermin backup} takes it. */
    public void backupTo(Path file) {
        try {
            Backup.ofEmbedded(server.home()).dump(asDatabase(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This node's database replaced by the backup in {@code file}, as an owner restoring it would. */
    public void restoreFrom(Path file) {
        server.recreateDatabase(database);
        try {
            Backup.ofEmbedded(server.home()).restore(asDatabase(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This node's database dropped and made again empty, with the schema, under the same node name. */
    public void reinstall() {
        server.recreateDatabase(database);
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
        try (Connection c = connect()) {
            ChangeLog.claim(c, node);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Database asDatabase() {
        return Database.embedded(port, database, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD);
    }

    /**
     * Registers store {@code store} with this (hub) database, with an account of its own
     * that may only call the hub's procedures for stores, as the hub operator's script
     * does; returns that account, through which the store's mirror reaches the hub.
     */
    public StoreAccount registerStore(String store) {
        String account = "st_" + Integer.toHexString((database + "/" + store).hashCode()).replace('-', 'm');
        String password = "pw-" + account;
        server.account(account, password, "EXECUTE ON " + database + ".*");
        update("INSERT INTO mirror_store (node, account, added_at) VALUES (?, ?, UTC_TIMESTAMP(6))"
                + " ON DUPLICATE KEY UPDATE account = VALUES(account), retired_at = NULL", store, account);
        return new StoreAccount(account, password);
    }

    /** A store's account on this hub database. */
    public final class StoreAccount {
        private final String user;
        private final String password;

        private StoreAccount(String user, String password) {
            this.user = user;
            this.password = password;
        }

        public String user() {
            return user;
        }

        public String password() {
            return password;
        }

        public DataSource dataSource() {
            return dataSourceOn(port);
        }

        public DataSource dataSourceOn(int viaPort) {
            return dataSourceOn(viaPort, 20_000);
        }

        public DataSource dataSourceOn(int viaPort, int socketTimeoutMs) {
            return MirrorNode.this.dataSourceAs(viaPort, socketTimeoutMs, user, password);
        }
    }

    public DataSource dataSource() {
        return dataSourceOn(port);
    }

    /** The same database reached through another port (a proxy in front of the server). */
    public DataSource dataSourceOn(int viaPort) {
        return dataSourceOn(viaPort, 20_000);
    }

    /** Through another port, giving up on a silent link after {@code socketTimeoutMs}. */
    public DataSource dataSourceOn(int viaPort, int socketTimeoutMs) {
        return dataSourceAs(viaPort, socketTimeoutMs, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD);
    }

    private DataSource dataSourceAs(int viaPort, int socketTimeoutMs, String user, String password) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://127.0.0.1:" + viaPort + "/" + database + "?sslMode=DISABLED&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&connectTimeout=3000"
                + "&socketTimeout=" + socketTimeoutMs);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** The database's JDBC address, for the application's account. */
    public String url() {
        return server.jdbcUrl(database);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    public long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    public Object value(String sql, Object... args) {
        List<Object[]> rows = rows(sql, args);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    public List<Object[]> rows(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
