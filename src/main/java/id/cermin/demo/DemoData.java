package id.cermin.demo;

import id.cermin.catalog.UsualUnits;
import id.cermin.platform.NodeIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads {@code demo/catalogue.csv} (each product in its base unit), the further selling
 * units ({@code units.csv}), price rules ({@code prices.csv}), customers
 * ({@code customers.csv}), the units and the demo accounts into an empty demo node, in one
 * transaction. Ids, versions and password hashes are derived from the
 * data itself, so every demo node holds exactly the same rows.
 * <p>
 * The mirror may bring the same rows in at the same moment (a demo store pushes its
 * catalogue to the hub while the hub deploys): a row already there is the same row, so
 * every insert leaves an existing key as it is instead of failing.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ORIGIN = "DEMO";
    /** The demo's store: the catalogue's opening stock is on its shelf. */
    private static final String DEMO_STORE = "S1";
    /** Its account on the hub's database, as the demo launcher makes it. */
    private static final String DEMO_STORE_ACCOUNT = "store_s1";
    /** A demo row the mirror already brought in is the same row: leave it. */
    private static final int MAX_ATTEMPTS = 5;
    private static final String KEEP_EXISTING = " ON DUPLICATE KEY UPDATE id = id";
    private static final long VERSION = 1L << 16;
    /**
     * When the demo catalogue was "set up": the same on hub and store, so their copies of
     * it are the same rows to the mirror (which compares every column).
     */
    private static final LocalDateTime SET_UP = LocalDateTime.of(2026, 1, 2, 1, 0);

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private NodeIdentity identity;

    @PostConstruct
    void loadIfEmpty() {
        if (!identity.isDemo()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (identity.role() == NodeIdentity.Role.HUB) {
                    registerDemoStore(c);
                }
                if (!hasUsers(c)) {
                    load(c, identity.role() == NodeIdentity.Role.HUB ? DEMO_STORE : identity.node());
                }
                return;
            } catch (SQLException e) {
                // A mirror batch writing the same rows at the same moment can deadlock with us: again.
                if (attempt >= MAX_ATTEMPTS || !isLockConflict(e)) {
                    throw new IllegalStateException("Demo data could not be loaded: " + e.getMessage(), e);
                }
                LOG.info(() -> "Demo data met a concurrent write, loading again: " + e.getMessage());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Demo data could not be loaded: " + e.getMessage(), e);
            }
        }
    }

    public static void load(Connection c, String shelf) throws SQLException, IOException, GeneralSecurityException {
        LocalDateTime now = SET_UP;
        List<CSVRecord> rows = read("/demo/catalogue.csv");
        c.setAutoCommit(false);
        try {
            insertUsers(c, now);
            insertUnits(c, now);
            Map<String, String> categories = insertCategories(c, rows, now);
            insertProducts(c, rows, categories, now, shelf);
            insertSellingUnits(c, now);
            insertPriceRules(c, now);
            insertCustomers(c, now);
            c.commit();
            LOG.info(() -> "Demo data loaded: " + rows.size() + " products in " + categories.size() + " categories");
        } catch (SQLException | IOException | GeneralSecurityException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The demo's store S1 reaches this hub with its own database account (made by the launcher). */
    private static void registerDemoStore(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mirror_store (node, account, added_at)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE node = node")) {
            ps.setString(1, DEMO_STORE);
            ps.setString(2, DEMO_STORE_ACCOUNT);
            ps.executeUpdate();
        }
    }

    private static boolean isLockConflict(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("40001".equals(x.getSQLState()) || x.getErrorCode() == 1213 || x.getErrorCode() == 1205) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && isLockConflict(cause);
    }

    private static boolean hasUsers(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static void insertUsers(Connection c, LocalDateTime now) throws SQLException, GeneralSecurityException {
        String sql = "INSERT INTO app_user (id, username, full_name, password_hash, role, created_at, updated_at,"
                + " row_version, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            addUser(ps, "admin", "Pemilik Toko", "admin123", "OWNER", now);
            addUser(ps, "kasir", "Kasir Depan", "kasir123", "KASIR", now);
            ps.executeBatch();
        }
    }

    private static void addUser(PreparedStatement ps, String username, String name, String password, String role,
                                LocalDateTime now) throws SQLException, GeneralSecurityException {
        ps.setString(1, id("user", username));
        ps.setString(2, username);
        ps.setString(3, name);
        ps.setString(4, DemoPasswords.hash(username, password));
        ps.setString(5, role);
        stamp(ps, 6, now);
        ps.addBatch();
    }

    private static void insertUnits(Connection c, LocalDateTime now) throws SQLException {
        String sql = "INSERT INTO unit (id, code, allows_fraction, created_at, updated_at, row_version, origin_node)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String unit : UsualUnits.CODES) {
                ps.setString(1, id("unit", unit));
                ps.setString(2, unit);
                ps.setBoolean(3, UsualUnits.allowsFraction(unit));
                stamp(ps, 4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, String> insertCategories(Connection c, List<CSVRecord> rows, LocalDateTime now)
            throws SQLException {
        Map<String, String> ids = new LinkedHashMap<>();
        rows.forEach(row -> ids.computeIfAbsent(row.get("category"), name -> id("category", name)));
        String sql = "INSERT INTO category (id, name, created_at, updated_at, row_version, origin_node)"
                + " VALUES (?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (var category : ids.entrySet()) {
                ps.setString(1, category.getValue());
                ps.setString(2, category.getKey());
                stamp(ps, 3, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids;
    }

    /**
     * The opening stock is on the demo store's shelf (S1; the hub's copy says so too), or on
     * this node's own when it is a store of another name.
     */
    private static void insertProducts(Connection c, List<CSVRecord> rows, Map<String, String> categories,
                                       LocalDateTime now, String shelf) throws SQLException {
        String product = "INSERT INTO product (id, barcode, name, category_id, unit_code, cost_price, sell_price,"
                + " min_stock, stock, created_at, updated_at, row_version, origin_node)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        String opening = "INSERT INTO stock_movement (id, product_id, delta, kind, moved_at, origin_node,"
                + " store_node) VALUES (?, ?, ?, 'OPENING', ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(product); PreparedStatement ms = c.prepareStatement(opening)) {
            for (CSVRecord row : rows) {
                String productId = id("product", row.get("code"));
                BigDecimal stock = new BigDecimal(row.get("opening_stock"));
                ps.setString(1, productId);
                ps.setString(2, row.get("barcode").isBlank() ? null : row.get("barcode"));
                ps.setString(3, row.get("name"));
                ps.setString(4, categories.get(row.get("category")));
                ps.setString(5, row.get("unit"));
                ps.setLong(6, Long.parseLong(row.get("cost_price")));
                ps.setLong(7, Long.parseLong(row.get("sell_price")));
                ps.setBigDecimal(8, new BigDecimal(row.get("min_stock")));
                ps.setBigDecimal(9, stock);
                stamp(ps, 10, now);
                ps.addBatch();
                if (stock.signum() != 0) {
                    ms.setString(1, id("opening", row.get("code")));
                    ms.setString(2, productId);
                    ms.setBigDecimal(3, stock);
                    ms.setObject(4, now);
                    ms.setString(5, ORIGIN);
                    ms.setString(6, shelf);
                    ms.addBatch();
                }
            }
            ps.executeBatch();
            ms.executeBatch();
        }
    }

    /** Further units (1 sak = 40 kg, 1 roll = 50 meter), with their own prices and barcodes. */
    private static void insertSellingUnits(Connection c, LocalDateTime now) throws SQLException, IOException {
        String sql = "INSERT INTO product_unit (id, product_id, unit_code, factor, sell_price, barcode, created_at,"
                + " updated_at, row_version, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (CSVRecord row : read("/demo/units.csv")) {
                ps.setString(1, id("product_unit", row.get("code") + "/" + row.get("unit")));
                ps.setString(2, id("product", row.get("code")));
                ps.setString(3, row.get("unit"));
                ps.setBigDecimal(4, new BigDecimal(row.get("factor")));
                ps.setLong(5, Long.parseLong(row.get("sell_price")));
                ps.setString(6, row.get("barcode").isBlank() ? null : row.get("barcode"));
                stamp(ps, 7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Grosir and kontraktor prices and quantity breaks. */
    private static void insertPriceRules(Connection c, LocalDateTime now) throws SQLException, IOException {
        String sql = "INSERT INTO product_price (id, product_id, unit_code, level, min_quantity, price, created_at,"
                + " updated_at, row_version, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (CSVRecord row : read("/demo/prices.csv")) {
                ps.setString(1, id("product_price", String.join("/", row.get("code"), row.get("unit"), row.get("level"),
                        row.get("min_quantity"))));
                ps.setString(2, id("product", row.get("code")));
                ps.setString(3, row.get("unit"));
                ps.setString(4, row.get("level"));
                ps.setBigDecimal(5, new BigDecimal(row.get("min_quantity")));
                ps.setLong(6, Long.parseLong(row.get("price")));
                stamp(ps, 7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A few customers: a contractor and a shop buying on credit, a builder, a household. */
    private static void insertCustomers(Connection c, LocalDateTime now) throws SQLException, IOException {
        String sql = "INSERT INTO customer (id, name, phone, address, type, credit_limit, created_at, updated_at,"
                + " row_version, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + KEEP_EXISTING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (CSVRecord row : read("/demo/customers.csv")) {
                ps.setString(1, id("customer", row.get("code")));
                ps.setString(2, row.get("name"));
                ps.setString(3, row.get("phone"));
                ps.setString(4, row.get("address"));
                ps.setString(5, row.get("type"));
                ps.setLong(6, Long.parseLong(row.get("credit_limit")));
                stamp(ps, 7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** created_at, updated_at, row_version, origin_node from {@code index} on. */
    private static void stamp(PreparedStatement ps, int index, LocalDateTime now) throws SQLException {
        ps.setObject(index, now);
        ps.setObject(index + 1, now);
        ps.setLong(index + 2, VERSION);
        ps.setString(index + 3, ORIGIN);
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(
                DemoData.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("cermin-demo/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
