package id.cermin.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public String next(String node, LocalDate day, String kind) {
        em.createNativeQuery("INSERT INTO receipt_counter (node, day, kind, last_number) VALUES (?, ?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, node).setParameter(2, day).setParameter(3, kind)
                .executeUpdate();
        Number number = (Number) em.createNativeQuery(
                        "SELECT last_number FROM receipt_counter WHERE node = ? AND day = ? AND kind = ?")
                .setParameter(1, node).setParameter(2, day).setParameter(3, kind)
                .getSingleResult();
        String prefix = "S".equals(kind) ? node : node + "-" + kind;
        return String.format("%s-%s-%04d", prefix, DAY.format(day), number.intValue());
    }
}
