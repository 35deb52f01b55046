package id.cermin.testing;

import id.cermin.mirror.capture.ChangeLog;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.cermin.launcher.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
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
    private final int port;
    private final String database;

    private MirrorNode(String node, int port, String database) {
        this.node = node;
        this.port = port;
        this.database = database;
    }

    public static MirrorNode create(EmbeddedMariaDb server, String database, String node) {
        server.recreateDatabase(database);
        MirrorNode n = new MirrorNode(node, server.port(), database);
        Flyway.configure().dataSource(n.dataSource()).locations("classpath:db/migration").load().migrate();
        try (Connection c = n.connect()) {
            ChangeLog.claim(c, node);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    public String node() {
        return node;
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
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://127.0.0.1:" + viaPort + "/" + database + "?sslMode=DISABLED&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&connectTimeout=3000"
                + "&socketTimeout=" + socketTimeoutMs);
        ds.setUser(EmbeddedMariaDb.APP_USER);
        ds.setPassword(EmbeddedMariaDb.APP_PASSWORD);
        return ds;
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
