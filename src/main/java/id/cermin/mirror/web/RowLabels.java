package id.cermin.mirror.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the mirror's table names and row ids into what the owner recognises, for the
 * Sinkronisasi, Periksa data and conflict pages: a sale by its receipt number, a product
 * by its name, a sale line by both. Read from this node's own database; a row this node
 * does not have is said to be missing here.
 */
@ApplicationScoped
public class RowLabels {

    private static final int IDS_PER_QUERY = 500;

    /** Per table: the query giving id and the label's arguments, from an IN list of ids. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("unit", "SELECT t.id, t.code FROM unit t"),
            Map.entry("category", "SELECT t.id, t.name FROM category t"),
            Map.entry("app_user", "SELECT t.id, CONCAT(t.full_name, ' (', t.username, ')') FROM app_user t"),
            Map.entry("product", "SELECT t.id, t.name FROM product t"),
            Map.entry("sale", "SELECT t.id, t.receipt_no FROM sale t"),
            Map.entry("sale_line", "SELECT t.id, s.receipt_no, t.product_name FROM sale_line t"
                    + " JOIN sale s ON s.id = t.sale_id"),
            Map.entry("sale_void", "SELECT t.id, s.receipt_no FROM sale_void t JOIN sale s ON s.id = t.sale_id"),
            Map.entry("stock_in", "SELECT t.id, t.reference FROM stock_in t"),
            Map.entry("stock_in_line", "SELECT t.id, s.reference, t.product_name FROM stock_in_line t"
                    + " JOIN stock_in s ON s.id = t.stock_in_id"),
            Map.entry("stock_in_void", "SELECT t.id, s.reference FROM stock_in_void t"
                    + " JOIN stock_in s ON s.id = t.stock_in_id"),
            Map.entry("stock_movement", "SELECT t.id, COALESCE(p.name, '') FROM stock_movement t"
                    + " LEFT JOIN product p ON p.id = t.product_id"),
            Map.entry("supplier", "SELECT t.id, t.name FROM supplier t"),
            Map.entry("supplier_payment", "SELECT t.id, s.reference FROM supplier_payment t"
                    + " JOIN stock_in s ON s.id = t.stock_in_id"),
            Map.entry("sale_return", "SELECT t.id, t.reference FROM sale_return t"),
            Map.entry("sale_return_line", "SELECT t.id, r.reference, t.product_name FROM sale_return_line t"
                    + " JOIN sale_return r ON r.id = t.return_id"),
            Map.entry("purchase_return", "SELECT t.id, t.reference FROM purchase_return t"),
            Map.entry("purchase_return_line", "SELECT t.id, r.reference, t.product_name FROM purchase_return_line t"
                    + " JOIN purchase_return r ON r.id = t.return_id"),
            Map.entry("stock_count", "SELECT t.id, t.reference FROM stock_count t"),
            Map.entry("stock_count_entry", "SELECT t.id, c.reference, COALESCE(p.name, '') FROM stock_count_entry t"
                    + " JOIN stock_count c ON c.id = t.count_id LEFT JOIN product p ON p.id = t.product_id"),
            Map.entry("stock_count_close", "SELECT t.id, c.reference FROM stock_count_close t"
                    + " JOIN stock_count c ON c.id = t.count_id"),
            Map.entry("stock_adjustment", "SELECT t.id, COALESCE(p.name, '') FROM stock_adjustment t"
                    + " LEFT JOIN product p ON p.id = t.product_id"),
            Map.entry("till_shift", "SELECT t.id, COALESCE(u.full_name, '') FROM till_shift t"
                    + " LEFT JOIN app_user u ON u.id = t.cashier_id"),
            Map.entry("till_cash_move", "SELECT t.id, COALESCE(u.full_name, '') FROM till_cash_move t"
                    + " JOIN till_shift h ON h.id = t.shift_id LEFT JOIN app_user u ON u.id = h.cashier_id"),
            Map.entry("till_shift_close", "SELECT t.id, COALESCE(u.full_name, '') FROM till_shift_close t"
                    + " JOIN till_shift h ON h.id = t.shift_id LEFT JOIN app_user u ON u.id = h.cashier_id"),
            Map.entry("audit_log", "SELECT t.id, t.username FROM audit_log t"),
            Map.entry("mirror_conflict", "SELECT t.id FROM mirror_conflict t"));

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    /** The message key naming a table's kind of data ({@code table.sale} = "Transaksi"). */
    public static String tableKey(String table) {
        return QUERIES.containsKey(table) ? "table." + table : "table.other";
    }

    /** A label for each id (missing ones included), in one query per 500 ids. */
    public Map<String, RowLabel> of(String table, Collection<String> ids) {
        Map<String, RowLabel> labels = new HashMap<>();
        String query = QUERIES.get(table);
        if (query != null && !ids.isEmpty()) {
            try (Connection c = dataSource.getConnection()) {
                List<String> all = new ArrayList<>(Set.copyOf(ids));
                for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
                    read(c, table, query, all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)), labels);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the names of " + table + " rows", e);
            }
        }
        for (String id : ids) {
            labels.putIfAbsent(id, RowLabel.MISSING);
        }
        return labels;
    }

    /**
     * Labels for rows shown side by side (conflicts, differences): each row by its id, and
     * each category a product's {@code category_id} names, by the category's id.
     */
    public Map<String, RowLabel> ofCompared(Map<String, List<String>> idsByTable, List<ConflictView.Field> fields) {
        Map<String, RowLabel> named = new HashMap<>();
        idsByTable.forEach((table, ids) -> named.putAll(of(table, ids)));
        List<String> categoryIds = fields.stream().filter(f -> f.column().equals("category_id"))
                .flatMap(f -> java.util.stream.Stream.of(f.winner(), f.loser()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        named.putAll(of("category", categoryIds));
        return named;
    }

    /** The label of one row. */
    public RowLabel of(String table, String id) {
        return of(table, List.of(id)).get(id);
    }

    private static void read(Connection c, String table, String query, List<String> ids, Map<String, RowLabel> labels)
            throws SQLException {
        String in = " WHERE t.id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(query + in)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] arguments = new String[columns - 1];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = rs.getString(i + 2);
                    }
                    labels.put(rs.getString(1), RowLabel.of("row." + table, arguments));
                }
            }
        }
    }
}
