package id.cermin.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Readable receipt numbers unique on this node: {@code S1-20261127-0042} for a sale,
 * {@code S1-M-...} for goods received, {@code S1-B-...} for a bon payment, counted per kind
 * and business day (the store's own, see {@link BusinessDay}). The counter
 * row stays locked until the caller's transaction ends, so two checkouts never get the
 * same number and a rolled-back one gives its number back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReceiptNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Where each kind of number is kept (table.column, the table's name first). */
    private static final Map<String, String> NUMBERED = Map.of("S", "sale.receipt_no", "M", "stock_in.reference",
            "SO", "stock_count.reference", "R", "sale_return.reference", "RB", "purchase_return.reference",
            "T", "stock_transfer.reference");

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /**
     * The next number of this kind for this node and day: one more than the counter, and
     * never at or below a number already held by a document here (after a restored backup
     * brought back the sales made since, the counter is behind them).
     */
    public String next(String node, LocalDate day, String kind) {
        String stem = ("S".equals(kind) ? node : node + "-" + kind) + "-" + DAY.format(day) + "-";
        long floor = highestHeld(kind, stem) + 1;
        em.createNativeQuery("INSERT INTO receipt_counter (node, day, kind, last_number) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number + 1, VALUES(last_number))")
                .setParameter(1, node).setParameter(2, day).setParameter(3, kind).setParameter(4, floor)
                .executeUpdate();
        Number number = (Number) em.createNativeQuery(
                        "SELECT last_number FROM receipt_counter WHERE node = ? AND day = ? AND kind = ?")
                .setParameter(1, node).setParameter(2, day).setParameter(3, kind)
                .getSingleResult();
        return String.format("%s%04d", stem, number.intValue());
    }

    /** The highest number of this stem a document here already has (0 if none). */
    private long highestHeld(String kind, String stem) {
        String column = NUMBERED.get(kind);
        if (column == null) {
            return 0;
        }
        Object highest = em.createNativeQuery("SELECT MAX(" + column + ") FROM " + column.substring(0, column.indexOf('.'))
                        + " WHERE " + column + " LIKE ?")
                .setParameter(1, stem.replace("_", "\\_") + "%")
                .getSingleResult();
        if (highest == null) {
            return 0;
        }
        String text = highest.toString();
        try {
            return Long.parseLong(text.substring(stem.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
