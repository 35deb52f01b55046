package id.cermin.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The one rule for locking stock: every writer that moves stock locks the product rows
 * it will touch first, in product id order, before it inserts any row. Two writers then
 * never wait for each other in a circle, and the change-log counter's lock (taken by the
 * first captured insert, see the capture triggers) is always the last lock a writer
 * takes. The counter (through JPA) and the mirror (plain JDBC) both lock through here.
 */
public final class StockLocks {

    /** Ids locked per statement. */
    static final int PER_STATEMENT = 500;

    private StockLocks() {
    }

    /** The products in the order they must be locked: distinct, by id. */
    public static List<String> lockOrder(Collection<String> productIds) {
        return productIds.stream().distinct().sorted().toList();
    }

    /** The statement locking {@code count} product rows (bound in {@link #lockOrder} order). */
    public static String lockStatement(int count) {
        return "SELECT id FROM product WHERE id IN (" + String.join(", ", Collections.nCopies(count, "?"))
                + ") ORDER BY id FOR UPDATE";
    }

    /** Locks these products' rows on a plain JDBC connection, until its transaction ends. */
    public static void lock(Connection c, Collection<String> productIds) throws SQLException {
        List<String> ids = lockOrder(productIds);
        for (int from = 0; from < ids.size(); from += PER_STATEMENT) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement(lockStatement(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                ps.executeQuery().close();
            }
        }
    }
}
