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
 * went back), by payment method: the cash part of each sale (what was handed over in cash,
 * less change), each non-cash method of its payments, and what was left as a bon. Only
 * cash counts towards the drawer, and so do payments of bons this person took in cash;
 * cash refunds of returns made by the same person during the shift leave the drawer.
 */
@ApplicationScoped
public class TillTakings {

    private static final String WINDOW = " s.cashier_id = ? AND s.origin_node = ? AND s.sold_at >= ? AND s.sold_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)";

    /** Per method: sales using it, what it came to, what was handed over, change given. */
    private static final String BY_METHOD = "SELECT 'TUNAI', COUNT(*), COALESCE(SUM(s.paid - s.non_cash - s.change_due), 0),"
            + " COALESCE(SUM(s.paid - s.non_cash), 0), COALESCE(SUM(s.change_due), 0) FROM sale s WHERE" + WINDOW
            + " AND s.paid > s.non_cash"
            + " UNION ALL SELECT p.method, COUNT(DISTINCT s.id), SUM(p.amount), SUM(p.amount), 0"
            + " FROM sale_payment p JOIN sale s ON s.id = p.sale_id WHERE" + WINDOW + " GROUP BY p.method"
            + " UNION ALL SELECT 'BON', COUNT(*), COALESCE(SUM(s.credit), 0), 0, 0 FROM sale s WHERE" + WINDOW
            + " AND s.credit > 0";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public List<Takings> byMethod(String cashierId, String node, Instant from, Instant to) {
        jakarta.persistence.Query query = em.createNativeQuery(BY_METHOD);
        for (int i = 0; i < 3; i++) {
            query.setParameter(i * 4 + 1, cashierId).setParameter(i * 4 + 2, node)
                    .setParameter(i * 4 + 3, SqlValues.utc(from)).setParameter(i * 4 + 4, SqlValues.utc(to));
        }
        List<Takings> takings = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            if (SqlValues.number(r[1]) > 0) {
                takings.add(new Takings((String) r[0], SqlValues.number(r[1]), SqlValues.number(r[2]),
                        SqlValues.number(r[3]), SqlValues.number(r[4])));
            }
        }
        takings.sort(java.util.Comparator.comparing(t -> Takings.ORDER.indexOf(t.method())));
        return takings;
    }

    /** Payments of bons this person took in cash on this node during the shift (net of those taken back). */
    public long cashBonPayments(String userId, String node, Instant from, Instant to) {
        return SqlValues.number(em.createNativeQuery("SELECT COALESCE(SUM(p.amount), 0) FROM customer_payment p"
                        + " WHERE p.received_by = ? AND p.origin_node = ? AND p.paid_at >= ? AND p.paid_at < ?"
                        + " AND p.method = 'TUNAI'")
                .setParameter(1, userId).setParameter(2, node)
                .setParameter(3, SqlValues.utc(from)).setParameter(4, SqlValues.utc(to)).getSingleResult());
    }

    /** Sales of the shift that were voided (their money went back). */
    public long voided(String cashierId, String node, Instant from, Instant to) {
        return SqlValues.number(em.createNativeQuery("SELECT COUNT(*) FROM sale s WHERE s.cashier_id = ?"
                        + " AND s.origin_node = ? AND s.sold_at >= ? AND s.sold_at < ?"
                        + " AND EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)")
                .setParameter(1, cashierId).setParameter(2, node)
                .setParameter(3, SqlValues.utc(from)).setParameter(4, SqlValues.utc(to)).getSingleResult());
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
}
