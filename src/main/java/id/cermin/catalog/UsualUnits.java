package id.cermin.catalog;

import id.cermin.platform.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The units a toko bangunan sells in, there from the first start of every node so that a new
 * store can add its first product at once: pcs, sak, batang, lembar, meter, kg, m², m³,
 * kaleng, roll, dus (meter, kg, m² and m³ in fractions). Every node writes exactly the same
 * rows (the ids come from the codes; version, time and origin are those of the demo's
 * catalogue), so no node's copy differs from another's: they are written without being
 * captured for the mirror. A code that exists already, under whatever id, is left as it is,
 * and so is a unit the owner archived.
 */
@ApplicationScoped
public class UsualUnits {

    /** When the usual units (and the demo's catalogue) were "set up": the same on every node. */
    public static final LocalDateTime SET_UP = LocalDateTime.of(2026, 1, 2, 1, 0);
    public static final long VERSION = 1L << 16;
    public static final String ORIGIN = "DEMO";
    static final List<String> CODES = List.of("pcs", "sak", "batang", "lembar", "meter", "kg", "m²", "m³",
            "kaleng", "roll", "dus");
    private static final Set<String> IN_FRACTIONS = Set.of("meter", "kg", "m²", "m³");

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    void seed(@Observes SchemaReady ready) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET @cermin_origin = ''");
            }
            try {
                insert(c);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET @cermin_origin = NULL");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the usual units: " + e.getMessage(), e);
        }
    }

    /** Adds the units missing on this connection's database, in its transaction if it has one. */
    public static void insert(Connection c) throws SQLException {
        String sql = "INSERT INTO unit (id, code, allows_fraction, created_at, updated_at, row_version, origin_node)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String code : CODES) {
                ps.setString(1, id(code));
                ps.setString(2, code);
                ps.setBoolean(3, IN_FRACTIONS.contains(code));
                ps.setObject(4, SET_UP);
                ps.setObject(5, SET_UP);
                ps.setLong(6, VERSION);
                ps.setString(7, ORIGIN);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The id of the usual unit {@code code}, the same on every node. */
    public static String id(String code) {
        return UUID.nameUUIDFromBytes(("cermin-demo/unit/" + code).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
