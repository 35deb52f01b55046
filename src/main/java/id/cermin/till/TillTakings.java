package id.cermin.till;

import id.cermin.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cashier's shift took, read from the sales themselves: the cashier's sales on
 * this node between the shift's opening and its close, voided ones left out (their money
 * went back). Every sale is paid in cash today: {@link #METHOD} is where a sale's payment
 * method is read, and the one place to change when sales carry one (group by it; only
 * {@link Takings#CASH} counts towards the drawer). Cash refunds of returns made by the
 * same person during the shift leave the drawer too.
 */
@ApplicationScoped
public class TillTakings {

    /** The payment method of the sale aliased {@code s}. */
    static final String METHOD = "'" + Takings.CASH + "'";

    private static final String WINDOW = " s.cashier_id = ? AND s.origin_node = ? AND s.sold_at >= ? AND s.sold_at < ?";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public List<Takings> byMethod(String cashierId, String node, Instant from, Instant to) {
        List<?> rows = window(em.createNativeQuery("SELECT " + METHOD + " AS method, COUNT(*), COALESCE(SUM(s.total), 0),"
                + " COALESCE(SUM(s.paid), 0), COALESCE(SUM(s.change_due), 0) FROM sale s WHERE" + WINDOW
                + " AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id) GROUP BY method ORDER BY method"),
                cashierId, node, from, to).getResultList();
        List<Takings> takings = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            takings.add(new Takings((String) r[0], SqlValues.number(r[1]), SqlValues.number(r[2]),
                    SqlValues.number(r[3]), SqlValues.number(r[4])));
        }
        return takings;
    }

    /** Sales of the shift that were voided (their money went back). */
    public long voided(String cashierId, String node, Instant from, Instant to) {
        return SqlValues.number(window(em.createNativeQuery("SELECT COUNT(*) FROM sale s WHERE" + WINDOW
                + " AND EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)"), cashierId, node, from, to)
                .getSingleResult());
    }

    /** Money paid back in cash for returns by this person on this node during the shift: count and amount. */
    public long[] cashRefunds(String userId, String node, Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(r.refund), 0) FROM sale_return r"
                        + " WHERE r.returned_by = ? AND r.origin_node = ? AND r.returned_at >= ? AND r.returned_at < ?"
                        + " AND r.settlement = 'CASH'")
                .setParameter(1, userId).setParameter(2, node)
                .setParameter(3, SqlValues.utc(from)).setParameter(4, SqlValues.utc(to))
                .getSingleResult();
        return new long[] {SqlValues.number(r[0]), SqlValues.number(r[1])};
    }

    private static jakarta.persistence.Query window(jakarta.persistence.Query query, String cashierId, String node,
                                                    Instant from, Instant to) {
        return query.setParameter(1, cashierId).setParameter(2, node)
                .setParameter(3, SqlValues.utc(from)).setParameter(4, SqlValues.utc(to));
    }
}
