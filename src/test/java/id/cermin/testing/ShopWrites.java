package id.cermin.testing;

import id.cermin.platform.HybridClock;
import id.cermin.platform.Ids;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The writes a store makes, in SQL, for tests and benchmarks that drive the mirror
 * without a server: a catalogue, sales (sale + lines + movements + stock, one
 * transaction, stock rows locked first like the app), price edits and archives
 * stamped with a new version. The triggers capture them as they capture the app's.
 */
public final class ShopWrites {

    public static final String UNIT = "pcs";

    private ShopWrites() {
    }

    public record Catalogue(String userId, String categoryId, List<String> productIds) {
    }

    /** A user, a category and {@code products} products with an opening stock of 1000 each on {@code node}'s shelf. */
    public static Catalogue catalogue(Connection c, String node, int products) throws SQLException {
        return catalogue(c, node, products, node);
    }

    /**
     * A user, a category and {@code products} products made on {@code node}, with an
     * opening stock of 1000 each on the shelf of every store in {@code shelves}.
     */
    public static Catalogue catalogue(Connection c, String node, int products, String... shelves) throws SQLException {
        c.setAutoCommit(false);
        try {
            Timestamp now = Timestamp.from(Instant.now());
            exec(c, "INSERT INTO unit (id, code, allows_fraction, created_at, updated_at, row_version, origin_node)"
                    + " VALUES (?, ?, FALSE, ?, ?, ?, ?)", Ids.newId(), UNIT, now, now, HybridClock.next(), node);
            String userId = Ids.newId();
            exec(c, "INSERT INTO app_user (id, username, full_name, password_hash, role, created_at, updated_at,"
                    + " row_version, origin_node) VALUES (?, ?, 'Kasir Uji', 'x', 'KASIR', ?, ?, ?, ?)",
                    userId, "kasir-" + node.toLowerCase(), now, now, HybridClock.next(), node);
            String categoryId = Ids.newId();
            exec(c, "INSERT INTO category (id, name, created_at, updated_at, row_version, origin_node)"
                    + " VALUES (?, 'Semen', ?, ?, ?, ?)", categoryId, now, now, HybridClock.next(), node);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < products; i++) {
                String id = Ids.newId();
                ids.add(id);
                exec(c, "INSERT INTO product (id, barcode, name, category_id, unit_code, cost_price, sell_price,"
                        + " min_stock, stock, created_at, updated_at, row_version, origin_node)"
                        + " VALUES (?, ?, ?, ?, ?, 40000, 50000, 0, ?, ?, ?, ?, ?)",
                        id, "899" + String.format("%010d", i), "Barang " + i, categoryId, UNIT, 1000 * shelves.length,
                        now, now, HybridClock.next(), node);
                for (String shelf : shelves) {
                    exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, moved_at, origin_node,"
                            + " store_node) VALUES (?, ?, 1000, 'OPENING', ?, ?, ?)", Ids.newId(), id, now, node, shelf);
                }
            }
            c.commit();
            return new Catalogue(userId, categoryId, ids);
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** One sale of {@code quantity} of each product, committed; returns the sale id. */
    public static String sell(Connection c, String node, String cashierId, List<String> productIds, int quantity)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            String saleId = sellUncommitted(c, node, cashierId, productIds, quantity);
            c.commit();
            return saleId;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The writes of a sale in the connection's open transaction (the caller commits). */
    public static String sellUncommitted(Connection c, String node, String cashierId, List<String> productIds,
                                         int quantity) throws SQLException {
        return sellUncommitted(c, node, cashierId, productIds, quantity, null);
    }

    /** A sale with the given receipt number, as the counter numbers them. */
    public static String sellNumbered(Connection c, String node, String cashierId, String productId,
                                      String receiptNo) throws SQLException {
        c.setAutoCommit(false);
        try {
            String saleId = sellUncommitted(c, node, cashierId, List.of(productId), 1, receiptNo);
            c.commit();
            return saleId;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The writes of a sale with the given receipt number in the connection's open transaction. */
    public static String sellUncommitted(Connection c, String node, String cashierId, List<String> productIds,
                                         int quantity, String receiptNo) throws SQLException {
        TreeSet<String> sorted = new TreeSet<>(productIds);
        for (String id : sorted) {
            exec(c, "UPDATE product SET stock = stock - ? WHERE id = ?", quantity, id);
        }
        String saleId = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        long total = 50000L * quantity * productIds.size();
        exec(c, "INSERT INTO sale (id, receipt_no, cashier_id, sold_at, total, paid, change_due, item_count,"
                + " idempotency_key, origin_node) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", saleId,
                receiptNo == null ? node + "-" + saleId : receiptNo, cashierId, now, total, total, quantity * productIds.size(), Ids.newId(), node);
        int lineNo = 0;
        for (String productId : productIds) {
            lineNo++;
            exec(c, "INSERT INTO sale_line (id, sale_id, line_no, product_id, product_name, unit_code, quantity,"
                    + " unit_price, unit_cost, line_total, origin_node) VALUES (?, ?, ?, ?, 'Barang', ?, ?, 50000, 40000, ?, ?)",
                    Ids.newId(), saleId, lineNo, productId, UNIT, quantity, 50000L * quantity, node);
        }
        for (String productId : sorted) {
            exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by, origin_node,"
                    + " store_node) VALUES (?, ?, ?, 'SALE', ?, ?, ?, ?, ?)", Ids.newId(), productId,
                    BigDecimal.valueOf(-quantity), saleId, now, cashierId, node, node);
        }
        return saleId;
    }

    /** Goods received: a stock-in, its lines and movements, stock rows locked first; returns its id. */
    public static String receive(Connection c, String node, String userId, List<String> productIds, int quantity)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            TreeSet<String> sorted = new TreeSet<>(productIds);
            for (String id : sorted) {
                exec(c, "UPDATE product SET stock = stock + ? WHERE id = ?", quantity, id);
            }
            String id = Ids.newId();
            Timestamp now = Timestamp.from(Instant.now());
            exec(c, "INSERT INTO stock_in (id, reference, received_by, received_at, total_cost, idempotency_key,"
                    + " origin_node) VALUES (?, ?, ?, ?, ?, ?, ?)", id, "M" + id, userId, now,
                    40000L * quantity * productIds.size(), Ids.newId(), node);
            int lineNo = 0;
            for (String productId : productIds) {
                exec(c, "INSERT INTO stock_in_line (id, stock_in_id, line_no, product_id, product_name, unit_code,"
                        + " quantity, unit_cost, line_total, origin_node) VALUES (?, ?, ?, ?, 'Barang', ?, ?, 40000, ?, ?)",
                        Ids.newId(), id, ++lineNo, productId, UNIT, quantity, 40000L * quantity, node);
            }
            for (String productId : sorted) {
                exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                        + " origin_node, store_node) VALUES (?, ?, ?, 'STOCK_IN', ?, ?, ?, ?, ?)", Ids.newId(),
                        productId, quantity, id, now, userId, node, node);
            }
            c.commit();
            return id;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Goods sent from {@code from}'s shelf to {@code to} as the app sends them (transfer,
     * lines and the sending shelf's movements out, stock rows locked first); returns the transfer's id.
     */
    public static String sendTransfer(Connection c, String from, String to, String userId, List<String> productIds,
                                      int quantity) throws SQLException {
        return inTransaction(c, () -> {
            TreeSet<String> sorted = new TreeSet<>(productIds);
            for (String id : sorted) {
                exec(c, "UPDATE product SET stock = stock - ? WHERE id = ?", quantity, id);
            }
            String id = Ids.newId();
            Timestamp now = Timestamp.from(Instant.now());
            exec(c, "INSERT INTO stock_transfer (id, reference, from_store, to_store, sent_by, sent_at,"
                    + " idempotency_key, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, from + "-T-" + id.substring(28), from, to,
                    userId, now, Ids.newId(), from);
            int lineNo = 0;
            for (String productId : productIds) {
                exec(c, "INSERT INTO stock_transfer_line (id, transfer_id, line_no, product_id, product_name, unit_code,"
                        + " quantity, from_store, to_store, origin_node) VALUES (?, ?, ?, ?, 'Barang', ?, ?, ?, ?, ?)",
                        Ids.newId(), id, ++lineNo, productId, UNIT, quantity, from, to, from);
            }
            for (String productId : sorted) {
                exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                        + " origin_node, store_node) VALUES (?, ?, ?, 'TRANSFER_OUT', ?, ?, ?, ?, ?)", Ids.newId(),
                        productId, -quantity, id, now, userId, from, from);
            }
            return id;
        });
    }

    /** "Terima barang" at the receiving store {@code node}: the receipt and its shelf's movements in. */
    public static void receiveTransfer(Connection c, String node, String userId, String transferId)
            throws SQLException {
        inTransaction(c, () -> {
            List<Object[]> lines = new ArrayList<>();
            String from = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT l.product_id, l.quantity, l.from_store"
                    + " FROM stock_transfer_line l WHERE l.transfer_id = ? ORDER BY l.product_id")) {
                ps.setString(1, transferId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Object[] {rs.getString(1), rs.getBigDecimal(2)});
                        from = rs.getString(3);
                    }
                }
            }
            for (Object[] line : lines) {
                exec(c, "UPDATE product SET stock = stock + ? WHERE id = ?", line[1], line[0]);
            }
            Timestamp now = Timestamp.from(Instant.now());
            exec(c, "INSERT INTO stock_transfer_receipt (id, transfer_id, received_by, received_at, to_store, from_store,"
                    + " origin_node) VALUES (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), transferId, userId, now, node, from, node);
            for (Object[] line : lines) {
                exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                        + " origin_node, store_node) VALUES (?, ?, ?, 'TRANSFER_IN', ?, ?, ?, ?, ?)", Ids.newId(),
                        line[0], line[1], transferId, now, userId, node, node);
            }
            return null;
        });
    }

    /** Some writes of a store in one transaction. */
    private interface Writes<T> {
        T write() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Writes<T> writes) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = writes.write();
            c.commit();
            return result;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Voids a sale as the app does (on the node that made it): void row and compensating movements. */
    public static void voidSale(Connection c, String node, String userId, String saleId) throws SQLException {
        c.setAutoCommit(false);
        try {
            List<Object[]> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT product_id, quantity FROM sale_line WHERE sale_id = ? ORDER BY product_id")) {
                ps.setString(1, saleId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Object[] {rs.getString(1), rs.getBigDecimal(2)});
                    }
                }
            }
            for (Object[] line : lines) {
                exec(c, "UPDATE product SET stock = stock + ? WHERE id = ?", line[1], line[0]);
            }
            Timestamp now = Timestamp.from(Instant.now());
            exec(c, "INSERT INTO sale_void (id, sale_id, voided_by, voided_at, reason, origin_node)"
                    + " VALUES (?, ?, ?, ?, 'uji', ?)", Ids.newId(), saleId, userId, now, node);
            for (Object[] line : lines) {
                exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                        + " origin_node, store_node) VALUES (?, ?, ?, 'SALE_VOID', ?, ?, ?, ?, ?)", Ids.newId(),
                        line[0], line[1], saleId, now, userId, node, node);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** A price edit as the app makes it: new version, this node as origin. */
    public static void setPrice(Connection c, String node, String productId, long sellPrice) throws SQLException {
        exec(c, "UPDATE product SET sell_price = ?, updated_at = UTC_TIMESTAMP(6), row_version = ?, origin_node = ?"
                + " WHERE id = ?", sellPrice, HybridClock.next(), node, productId);
    }

    public static void archive(Connection c, String node, String productId) throws SQLException {
        exec(c, "UPDATE product SET archived_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6), row_version = ?,"
                + " origin_node = ? WHERE id = ?", HybridClock.next(), node, productId);
    }

    public static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
