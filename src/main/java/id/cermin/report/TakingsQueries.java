package id.cermin.report;

import id.cermin.payment.PaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** {@link Takings} between two instants, of one store or all, for the sales report and the dashboard alike. */
@ApplicationScoped
public class TakingsQueries {

    private static final String SALES_CASH = "SELECT COALESCE(SUM(" + SaleFigures.CASH_KEPT + "), 0),"
            + " COALESCE(SUM(s.credit), 0) FROM sale s WHERE s.sold_at >= ? AND s.sold_at < ? AND "
            + SaleFigures.NOT_VOIDED + " AND (? = '' OR s.origin_node = ?)";
    private static final String SALES_OTHER = "SELECT p.method, SUM(p.amount) FROM sale_payment p"
            + " JOIN sale s ON s.id = p.sale_id WHERE s.sold_at >= ? AND s.sold_at < ? AND " + SaleFigures.NOT_VOIDED
            + " AND (? = '' OR s.origin_node = ?) GROUP BY p.method";
    private static final String BON_PAYMENTS = "SELECT p.method, SUM(p.amount) FROM customer_payment p"
            + " WHERE p.paid_at >= ? AND p.paid_at < ? AND (? = '' OR p.origin_node = ?) GROUP BY p.method";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** Takings of one store ({@code store}), or of every store the node holds ({@code store} null). */
    public Takings between(Instant from, Instant to, String store) {
        Object[] cash = (Object[]) inRange(SALES_CASH, from, to, store).getSingleResult();
        Map<PaymentMethod, Long> sales = byMethod(SALES_OTHER, from, to, store);
        sales.put(PaymentMethod.TUNAI, ((Number) cash[0]).longValue());
        return Takings.of(sales, byMethod(BON_PAYMENTS, from, to, store), ((Number) cash[1]).longValue());
    }

    private Map<PaymentMethod, Long> byMethod(String sql, Instant from, Instant to, String store) {
        Map<PaymentMethod, Long> sums = new EnumMap<>(PaymentMethod.class);
        for (Object row : inRange(sql, from, to, store).getResultList()) {
            Object[] r = (Object[]) row;
            sums.put(PaymentMethod.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return sums;
    }

    private Query inRange(String sql, Instant from, Instant to, String store) {
        String node = store == null ? "" : store;
        return em.createNativeQuery(sql).setParameter(1, utc(from)).setParameter(2, utc(to))
                .setParameter(3, node).setParameter(4, node);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
