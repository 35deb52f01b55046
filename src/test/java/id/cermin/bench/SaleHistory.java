package id.cermin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A store's past, already mirrored: sales of 5 lines each, with their stock movements,
 * generated inside MariaDB (INSERT ... SELECT from the sequence engine's
 * {@code seq_A_to_B} tables) with ids, times and products computed from the row number
 * alone. Loaded on the store and on the hub it makes byte-identical rows on both, fast,
 * and without capture ({@code @cermin_origin = ''}): the mirror benchmark needs a large
 * shared history without paying for it in the runs it measures.
 * <p>
 * Ids are time-ordered UUIDs like {@code Ids.newId()} (version 7) but dated from
 * 2024-01-01, one sale a minute, so the benchmark's new sales come after them in key
 * order as a real store's would.
 */
final class SaleHistory {

    static final int LINES_PER_SALE = 5;
    private static final int SALES_PER_STATEMENT = 10_000;
    private static final long EPOCH_MILLIS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    private SaleHistory() {
    }

    /**
     * Adds {@code lines} sale lines ({@code lines / 5} sales) and one movement per line,
     * sold by {@code cashierId}, spread over the products already in the database.
     */
    static void load(Connection c, long lines, String cashierId) throws SQLException {
        load(c, lines, cashierId, "S1", 0);
    }

    /**
     * The same for store {@code store} (its receipts, origin and shelf), with ids apart from
     * other stores' by {@code tagBase} (0 for the first store, 4 for the next, ...).
     */
    static void load(Connection c, long lines, String cashierId, String store, int tagBase) throws SQLException {
        if (lines % LINES_PER_SALE != 0) {
            throw new IllegalArgumentException("lines must be a multiple of " + LINES_PER_SALE + ": " + lines);
        }
        long sales = lines / LINES_PER_SALE;
        try (Statement s = c.createStatement()) {
            s.execute("SET @cermin_origin = '', foreign_key_checks = 0");
            s.execute("CREATE TEMPORARY TABLE bench_product (k INT NOT NULL PRIMARY KEY,"
                    + " id CHAR(36) CHARACTER SET ascii NOT NULL)");
            s.execute("INSERT INTO bench_product (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM product");
        }
        try {
            int products = products(c);
            if (products < LINES_PER_SALE) {
                throw new IllegalStateException("need at least " + LINES_PER_SALE + " products, found " + products);
            }
            for (long from = 1; from <= sales; from += SALES_PER_STATEMENT) {
                long to = Math.min(sales, from + SALES_PER_STATEMENT - 1);
                insertSales(c, from, to, cashierId, store, tagBase);
                insertLines(c, from, to, products, store, tagBase);
                insertMovements(c, from, to, cashierId, products, store, tagBase);
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TEMPORARY TABLE IF EXISTS bench_product");
                s.execute("SET @cermin_origin = NULL, foreign_key_checks = 1");
            }
        }
    }

    private static void insertSales(Connection c, long from, long to, String cashierId, String store, int tag)
            throws SQLException {
        String k = "s.seq";
        execute(c, "INSERT INTO sale (id, receipt_no, cashier_id, sold_at, total, paid, change_due, item_count,"
                + " idempotency_key, origin_node) SELECT " + id(k, tag + 1, k) + ", CONCAT(?, '-H', " + k + "), ?, "
                + soldAt(k) + ", 250000, 250000, 0, 5, " + id(k, tag + 4, k) + ", ? FROM " + seq(from, to) + " s",
                store, cashierId, store);
    }

    private static void insertLines(Connection c, long from, long to, int products, String store, int tag)
            throws SQLException {
        String k = saleOfLine();
        execute(c, "INSERT INTO sale_line (id, sale_id, line_no, product_id, product_name, unit_code, quantity,"
                + " unit_price, unit_cost, line_total, origin_node) SELECT " + id(k, tag + 2, "s.seq") + ", "
                + id(k, tag + 1, k) + ", (s.seq - 1) MOD 5 + 1, p.id, 'Barang', 'pcs', 1, 50000, 40000, 50000, ? FROM "
                + lineSeq(from, to) + " s JOIN bench_product p ON p.k = (s.seq - 1) MOD " + products, store);
    }

    private static void insertMovements(Connection c, long from, long to, String cashierId, int products,
                                        String store, int tag) throws SQLException {
        String k = saleOfLine();
        execute(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                + " origin_node, store_node) SELECT " + id(k, tag + 3, "s.seq") + ", p.id, -1, 'SALE', "
                + id(k, tag + 1, k) + ", " + soldAt(k) + ", ?, ?, ? FROM " + lineSeq(from, to)
                + " s JOIN bench_product p ON p.k = (s.seq - 1) MOD " + products, cashierId, store, store);
    }

    /** The sale number of line number s.seq. */
    private static String saleOfLine() {
        return "((s.seq - 1) DIV 5 + 1)";
    }

    private static String seq(long from, long to) {
        return "seq_" + from + "_to_" + to;
    }

    private static String lineSeq(long fromSale, long toSale) {
        return seq((fromSale - 1) * LINES_PER_SALE + 1, toSale * LINES_PER_SALE);
    }

    private static String soldAt(String sale) {
        return "(TIMESTAMP '2024-01-01 00:00:00' + INTERVAL " + sale + " MINUTE)";
    }

    /** A version-7-shaped UUID: the sale's minute as its time, {@code tag} for the kind of row, then {@code n}. */
    private static String id(String sale, int tag, String n) {
        String hexTime = "LPAD(HEX(" + EPOCH_MILLIS + " + " + sale + " * 60000), 12, '0')";
        return "LOWER(CONCAT(SUBSTR(" + hexTime + ", 1, 8), '-', SUBSTR(" + hexTime + ", 9, 4), '-7',"
                + " LPAD(HEX(" + tag + "), 3, '0'), '-8000-', LPAD(HEX(" + n + "), 12, '0')))";
    }

    private static int products(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_product")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
