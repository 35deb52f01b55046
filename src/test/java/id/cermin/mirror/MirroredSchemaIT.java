package id.cermin.mirror;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.capture.CaptureTriggers;
import id.cermin.mirror.schema.ColumnType;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.testing.ItDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mirrored schema is described once ({@link MirroredTable}) and the database must
 * agree with that description: every column of a mirrored table is either copied or
 * named as kept by each node, every table is either mirrored or known to be node-local,
 * and every mirrored table has exactly its capture triggers. A column added to a table
 * without its description would otherwise never travel.
 */
class MirroredSchemaIT {

    private static final String DB = "it_mirrored_schema";

    /**
     * Tables each node keeps for itself: the mirror's own bookkeeping and node settings (a
     * store's receipt details, discount limits and QRIS image are its own).
     */
    private static final Set<String> NODE_LOCAL_TABLES = Set.of("flyway_schema_history", "receipt_counter",
            "store_profile", "store_qris", "mirror_node", "mirror_change", "mirror_inbound", "mirror_peer", "mirror_run",
            "mirror_error", "mirror_store", "mirror_inbox", "mirror_outbound", "mirror_clock",
            "mirror_compare", "mirror_compare_round", "mirror_divergence",
            // Each store's own barcode prefix: two stores must not share it.
            "label_setting");

    @BeforeAll
    static void migrate() {
        String url = ItDatabase.freshDatabase(DB);
        Flyway.configure().dataSource(url, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD)
                .locations("classpath:db/migration").load().migrate();
    }

    @Test
    void everyColumnOfAMirroredTableIsCopiedOrDeclaredLocal() throws SQLException {
        try (Connection c = ItDatabase.connect(DB)) {
            assertEquals(List.of(), disagreements(c));
        }
    }

    @Test
    void everyCopiedColumnHasTheTypeTheDescriptionGives() throws SQLException {
        Map<ColumnType, Set<String>> sqlTypes = Map.of(ColumnType.TEXT, Set.of("char", "varchar", "text", "longtext"),
                ColumnType.LONG, Set.of("bigint"), ColumnType.INT, Set.of("int"), ColumnType.DECIMAL, Set.of("decimal"),
                ColumnType.BOOL, Set.of("tinyint"), ColumnType.TIME, Set.of("datetime"));
        List<String> wrong = new ArrayList<>();
        try (Connection c = ItDatabase.connect(DB); PreparedStatement ps = c.prepareStatement("SELECT DATA_TYPE"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            for (MirroredTable table : MirroredTable.values()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    ps.setString(1, table.sqlName());
                    ps.setString(2, table.columns().get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        String type = rs.next() ? rs.getString(1) : "(none)";
                        if (!sqlTypes.get(table.types().get(i)).contains(type)) {
                            wrong.add(table.sqlName() + "." + table.columns().get(i) + " is " + type + ", described as "
                                    + table.types().get(i));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTableIsMirroredOrKnownToBeNodeLocal() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (MirroredTable table : MirroredTable.values()) {
            tables.remove(table.sqlName());
        }
        tables.removeAll(NODE_LOCAL_TABLES);
        assertEquals(Set.of(), tables, "tables neither mirrored nor declared node-local");
    }

    @Test
    void everyMirroredTableHasExactlyItsCaptureTriggers() throws SQLException {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (MirroredTable table : MirroredTable.values()) {
            expected.put(table.sqlName(), new TreeSet<>(CaptureTriggers.names(table)));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME FROM information_schema.TRIGGERS"
                     + " WHERE TRIGGER_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                actual.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void aColumnAddedWithoutItsDescriptionIsFound() throws SQLException {
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE product ADD COLUMN shelf VARCHAR(20) NULL");
            try {
                assertEquals(List.of("product: in the database, not described: [shelf]"), disagreements(c));
            } finally {
                s.execute("ALTER TABLE product DROP COLUMN shelf");
            }
        }
    }

    @Test
    void aManualFixOfANewlyDescribedColumnIsCapturedWithANewVersion() throws SQLException {
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement()) {
            s.execute("INSERT INTO category (id, name, created_at, updated_at, row_version, origin_node)"
                    + " VALUES ('c-1', 'Semen', NOW(6), NOW(6), 7, 'S1')");
            long before = maxSeq(c);
            s.executeUpdate("UPDATE category SET name = 'Semen & Mortar' WHERE id = 'c-1'");
            assertEquals(before + 1, maxSeq(c), "the manual edit is captured");
            try (ResultSet rs = s.executeQuery("SELECT row_version FROM category WHERE id = 'c-1'")) {
                rs.next();
                assertTrue(rs.getLong(1) > 7, "and gets a new version");
            }
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM mirror_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What differs between each mirrored table's description and its columns in the database. */
    private static List<String> disagreements(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (MirroredTable table : MirroredTable.values()) {
            Set<String> inDatabase = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
                ps.setString(1, table.sqlName());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inDatabase.add(rs.getString(1));
                    }
                }
            }
            Set<String> described = new TreeSet<>(table.columns());
            described.addAll(table.localColumns());
            Set<String> missing = new TreeSet<>(inDatabase);
            missing.removeAll(described);
            Set<String> extra = new TreeSet<>(described);
            extra.removeAll(inDatabase);
            if (!missing.isEmpty()) {
                problems.add(table.sqlName() + ": in the database, not described: " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(table.sqlName() + ": described, not in the database: " + extra);
            }
        }
        return problems;
    }
}
