package id.cermin.platform;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.testing.ItDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flyway migrations on an empty MariaDB, and the rules the schema itself enforces. */
class SchemaIT {

    private static final String DB = "it_schema";

    @BeforeAll
    static void migrate() {
        String url = ItDatabase.freshDatabase(DB);
        var flyway = Flyway.configure().dataSource(url, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD)
                .locations("classpath:db/migration").load();
        assertTrue(flyway.migrate().migrationsExecuted > 0);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start migrates nothing");
    }

    @Test
    void everyTableOfTheDataModelExists() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = ItDatabase.connect(DB);
             ResultSet rs = c.getMetaData().getTables(DB, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.containsAll(Set.of("app_user", "category", "unit", "product", "sale", "sale_line",
                "sale_void", "stock_in", "stock_in_line", "stock_movement", "audit_log")), tables.toString());
    }

    @Test
    void negativePricesAndUnknownMovementKindsAreRefusedByTheDatabase() throws SQLException {
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement()) {
            s.execute("INSERT INTO category (id, name, created_at, updated_at, row_version, origin_node)"
                    + " VALUES ('c1', 'Uji', NOW(), NOW(), 1, 'T')");
            s.execute("INSERT INTO unit (id, code, allows_fraction, created_at, updated_at, row_version, origin_node)"
                    + " VALUES ('u1', 'pcs', 0, NOW(), NOW(), 1, 'T')");
            assertThrows(SQLException.class, () -> s.execute(productWithPrice("pneg", -1)));
            s.execute(productWithPrice("p0", 0));
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO stock_movement (id, product_id, delta, kind, moved_at, origin_node, store_node)"
                            + " VALUES ('m1', 'p0', 1, 'GIFT', NOW(), 'T', 'T')"), "unknown movement kind");
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO stock_movement (id, product_id, delta, kind, moved_at, origin_node, store_node)"
                            + " VALUES ('m2', 'nope', 1, 'ADJUSTMENT', NOW(), 'T', 'T')"), "unknown product");
        }
    }

    @Test
    void moneyAndQuantitiesAreExactTypes() throws SQLException {
        try (Connection c = ItDatabase.connect(DB);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = '"
                             + DB + "' AND (column_name LIKE '%price%' OR column_name LIKE '%total%'"
                             + " OR column_name IN ('quantity', 'delta', 'stock', 'min_stock', 'paid'))")) {
            int checked = 0;
            while (rs.next()) {
                assertTrue(Set.of("bigint", "decimal").contains(rs.getString(3)),
                        rs.getString(1) + "." + rs.getString(2) + " is " + rs.getString(3));
                checked++;
            }
            assertTrue(checked >= 10, "columns checked: " + checked);
        }
    }

    private static String productWithPrice(String id, long price) {
        return "INSERT INTO product (id, name, category_id, unit_code, cost_price, sell_price, created_at,"
                + " updated_at, row_version, origin_node) VALUES ('" + id + "', 'Uji', 'c1', 'pcs', "
                + price + ", " + price + ", NOW(), NOW(), 1, 'T')";
    }
}
