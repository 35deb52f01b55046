package id.cermin.supplier;

import id.cermin.platform.BusinessDay;
import id.cermin.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is owed, read from the receipts themselves: every goods receipt bought on credit
 * and not voided, with its returns and payments summed. Nothing owed is ever stored.
 */
@ApplicationScoped
public class Payables {

    private static final String RECEIPTS = """
            SELECT si.id, si.reference, si.supplier_id, sup.name, si.received_at, si.credit_days, si.total_cost,
                   COALESCE((SELECT SUM(pr.total_cost) FROM purchase_return pr WHERE pr.stock_in_id = si.id), 0),
                   COALESCE((SELECT SUM(sp.amount) FROM supplier_payment sp WHERE sp.stock_in_id = si.id), 0),
                   si.origin_node
            FROM stock_in si
            JOIN supplier sup ON sup.id = si.supplier_id
            WHERE si.credit_days > 0 AND NOT EXISTS (SELECT 1 FROM stock_in_void v WHERE v.stock_in_id = si.id)
            """;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** Receipts of one supplier (or of all, when null) that still owe something, oldest due first. */
    public List<Payable> open(String supplierId) {
        return read(em.createNativeQuery(RECEIPTS + " AND (? IS NULL OR si.supplier_id = ?) ORDER BY si.received_at")
                .setParameter(1, supplierId).setParameter(2, supplierId).getResultList()).stream()
                .filter(p -> p.outstanding() != 0)
                .sorted(Comparator.comparing(Payable::dueOn)).toList();
    }

    /** One receipt bought on credit, whatever is left of it. */
    public Optional<Payable> of(String stockInId) {
        return read(em.createNativeQuery(RECEIPTS + " AND si.id = ?").setParameter(1, stockInId).getResultList())
                .stream().findFirst();
    }

    /** What is owed per supplier, for the given suppliers, biggest debts first. */
    public List<SupplierDebt> bySupplier(List<Supplier> suppliers) {
        LocalDate today = BusinessDay.ofNode().today();
        Map<String, List<Payable>> open = open(null).stream().collect(Collectors.groupingBy(Payable::supplierId));
        return suppliers.stream().map(s -> {
            List<Payable> owed = open.getOrDefault(s.getId(), List.of());
            return new SupplierDebt(s, owed.stream().mapToLong(Payable::outstanding).sum(),
                    owed.stream().filter(p -> p.isOverdue(today)).mapToLong(Payable::outstanding).sum(), owed.size(),
                    owed.stream().map(Payable::dueOn).min(Comparator.naturalOrder()).orElse(null));
        }).sorted(Comparator.comparingLong(SupplierDebt::outstanding).reversed()
                .thenComparing(d -> d.supplier().getName())).toList();
    }

    /** Payments made towards a supplier's receipts, newest first. */
    public List<PaymentRow> payments(String supplierId) {
        List<?> rows = em.createNativeQuery("""
                SELECT sp.paid_at, si.reference, sp.amount, sp.from_drawer, sp.note, u.full_name
                FROM supplier_payment sp
                JOIN stock_in si ON si.id = sp.stock_in_id
                JOIN app_user u ON u.id = sp.paid_by
                WHERE si.supplier_id = ?
                ORDER BY sp.paid_at DESC, sp.id DESC
                """).setParameter(1, supplierId).setMaxResults(100).getResultList();
        List<PaymentRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new PaymentRow(SqlValues.instant(r[0]), (String) r[1], SqlValues.number(r[2]),
                    SqlValues.bool(r[3]), (String) r[4], (String) r[5]));
        }
        return result;
    }

    private static List<Payable> read(List<?> rows) {
        BusinessDay days = BusinessDay.ofNode();
        Function<Object[], Payable> payable = r -> {
            Instant received = SqlValues.instant(r[4]);
            return new Payable((String) r[0], (String) r[1], (String) r[2], (String) r[3], received,
                    days.dayOf(received).plusDays(SqlValues.number(r[5])), SqlValues.number(r[6]),
                    SqlValues.number(r[7]), SqlValues.number(r[8]), (String) r[9]);
        };
        return rows.stream().map(row -> payable.apply((Object[]) row)).toList();
    }
}
