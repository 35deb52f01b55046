package id.cermin.demo;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.testing.ItDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Demo loading on a node whose mirror has already brought some of the same rows in (the
 * first {@code ./cermin demo}: the store pushes its catalogue into the hub's database
 * while the hub deploys): it completes, and every demo row is there once.
 */
class DemoDataIT {

    private static final String DB = "it_demo_data";

    @BeforeAll
    static void migrate() {
        String url = ItDatabase.freshDatabase(DB);
        Flyway.configure().dataSource(url, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD)
                .locations("classpath:db/migration").load().migrate();
    }

    @Test
    void loadingOverRowsTheMirrorAlreadyBroughtInKeepsOneOfEach() throws Exception {
        try (Connection c = ItDatabase.connect(DB); Statement s = c.createStatement()) {
            DemoData.load(c, "S1");
            String counts = counts(s);
            // What a mirror batch would have left: the users and part of the catalogue.
            for (String child : new String[] {"stock_movement", "product_unit", "product_price"}) {
                s.executeUpdate("DELETE FROM " + child + " WHERE product_id IN (SELECT id FROM product WHERE name LIKE 'S%')");
            }
            s.executeUpdate("DELETE FROM customer WHERE name LIKE 'P%'");
            s.executeUpdate("DELETE FROM product WHERE name LIKE 'S%'");
            DemoData.load(c, "S1");
            assertEquals(counts, counts(s));
        }
    }

    private static String counts(Statement s) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String table : new String[] {"app_user", "unit", "category", "product", "stock_movement", "product_unit",
                "product_price", "customer"}) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                out.append(table).append('=').append(rs.getLong(1)).append(' ');
            }
        }
        return out.toString();
    }
}
