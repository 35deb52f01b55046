package id.cermin.mirror.verify;

import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.schema.Row;
import id.cermin.platform.Ids;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A receipt number is never given to two sales. A store restored from a backup, before
 * it learns what it sold after the backup, may give a number again; when the earlier
 * sale with that number comes back from the hub, it keeps its number and the store's
 * later sale takes the next free one of that day (recorded in the audit log, so the
 * owner can match the printed receipt).
 */
final class ReceiptClashes {

    private ReceiptClashes() {
    }

    /** Renumbers this store's sales whose numbers the incoming sales hold; returns how many. */
    static int renumberLocal(Connection store, Collection<Row> incoming) throws SQLException {
        Map<String, Long> highest = new HashMap<>();
        for (Row sale : incoming) {
            String number = sale.string("receipt_no");
            highest.merge(prefix(number), sequence(number), Math::max);
        }
        int renumbered = 0;
        for (Row sale : incoming) {
            String number = sale.string("receipt_no");
            String clashing = localSaleWithNumber(store, number, sale.id());
            if (clashing == null) {
                continue;
            }
            String prefix = prefix(number);
            long next = Math.max(highest.getOrDefault(prefix, 0L), highestLocal(store, prefix)) + 1;
            highest.put(prefix, next);
            String newNumber = prefix + "-" + String.format("%04d", next);
            renumber(store, clashing, number, newNumber);
            renumbered++;
        }
        return renumbered;
    }

    private static String localSaleWithNumber(Connection c, String number, String otherThan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sale WHERE receipt_no = ? AND id <> ?")) {
            ps.setString(1, number);
            ps.setString(2, otherThan);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long highestLocal(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT receipt_no FROM sale WHERE receipt_no LIKE ? ORDER BY receipt_no DESC LIMIT 1")) {
            ps.setString(1, prefix.replace("_", "\\_").replace("%", "\\%") + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? sequence(rs.getString(1)) : 0;
            }
        }
    }

    private static void renumber(Connection c, String saleId, String from, String to) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sale SET receipt_no = ? WHERE id = ?")) {
                ps.setString(1, to);
                ps.setString(2, saleId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, at, username, action, entity,"
                    + " entity_id, detail, origin_node) VALUES (?, UTC_TIMESTAMP(6), NULL, 'RECEIPT_RENUMBERED', 'sale',"
                    + " ?, ?, ?)")) {
                ps.setString(1, Ids.newId());
                ps.setString(2, saleId);
                ps.setString(3, "Nomor nota " + from + " sudah dipakai penjualan lain (dari cadangan yang dipulihkan);"
                        + " nomor baru " + to);
                ps.setString(4, ChangeLog.identity(c).node());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String prefix(String number) {
        return number.substring(0, number.lastIndexOf('-'));
    }

    private static long sequence(String number) {
        try {
            return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
