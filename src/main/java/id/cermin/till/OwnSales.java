package id.cermin.till;

import id.cermin.platform.BusinessDay;
import id.cermin.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A cashier's own sales of one business day at this node, newest first, for their history and reprints. */
@ApplicationScoped
public class OwnSales {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** One sale of the list: its receipt, time, total, and whether it was voided or (partly) returned. */
    public record Row(String id, String receiptNo, Instant soldAt, long total, boolean voided, boolean returned) {
    }

    public List<Row> of(String cashierId, String node, LocalDate day) {
        BusinessDay days = BusinessDay.ofNode();
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, s.receipt_no, s.sold_at, s.total,
                       EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id),
                       EXISTS (SELECT 1 FROM sale_return r WHERE r.sale_id = s.id)
                FROM sale s
                WHERE s.cashier_id = ? AND s.origin_node = ? AND s.sold_at >= ? AND s.sold_at < ?
                ORDER BY s.sold_at DESC, s.receipt_no DESC
                """).setParameter(1, cashierId).setParameter(2, node)
                .setParameter(3, SqlValues.utc(days.startOf(day))).setParameter(4, SqlValues.utc(days.endOf(day)))
                .getResultList();
        List<Row> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new Row((String) r[0], (String) r[1], SqlValues.instant(r[2]), SqlValues.number(r[3]),
                    SqlValues.bool(r[4]), SqlValues.bool(r[5])));
        }
        return result;
    }
}
