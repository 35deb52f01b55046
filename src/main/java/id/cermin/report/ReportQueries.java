package id.cermin.report;

import id.cermin.platform.BusinessDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Report queries (sales and stock-ins), read straight from the node's database. Days are the store's business
 * days: the range is turned into UTC instants before it reaches SQL.
 */
@ApplicationScoped
public class ReportQueries {

    private static final String SALES = "SELECT s.id, s.receipt_no, s.sold_at, u.full_name, s.item_count, s.total, "
            + SaleFigures.PROFIT + " AS profit, v.voided_at, v.reason, vu.full_name, c.name, "
            + SaleFigures.CASH_KEPT + ", s.credit, s.origin_node\n" + """
                 , (SELECT GROUP_CONCAT(CONCAT(p.method, ':', p.amount) ORDER BY p.line_no SEPARATOR ',')
                    FROM sale_payment p WHERE p.sale_id = s.id)
            FROM sale s
            JOIN app_user u ON u.id = s.cashier_id
            LEFT JOIN customer c ON c.id = s.customer_id
            LEFT JOIN sale_void v ON v.sale_id = s.id
            LEFT JOIN app_user vu ON vu.id = v.voided_by
            WHERE s.sold_at >= ? AND s.sold_at < ? AND (? = '' OR s.origin_node = ?)
            ORDER BY s.sold_at, s.receipt_no
            """;

    private static final String STOCK_INS = """
            SELECT si.id, si.reference, si.received_at, u.full_name, si.supplier,
                   (SELECT COUNT(*) FROM stock_in_line l WHERE l.stock_in_id = si.id), si.total_cost,
                   v.voided_at, v.reason, vu.full_name, si.origin_node
            FROM stock_in si
            JOIN app_user u ON u.id = si.received_by
            LEFT JOIN stock_in_void v ON v.stock_in_id = si.id
            LEFT JOIN app_user vu ON vu.id = v.voided_by
            WHERE si.received_at >= ? AND si.received_at < ? AND (? = '' OR si.origin_node = ?)
            ORDER BY si.received_at, si.reference
            """;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** The same queries over a node's database outside the container (tests and tools). */
    public static ReportQueries over(EntityManager em) {
        ReportQueries queries = new ReportQueries();
        queries.em = em;
        return queries;
    }

    /** Stock-ins of these business days: of one store, or of all ({@code store} null). */
    public StockInReport stockIns(LocalDate from, LocalDate to, String store) {
        List<?> rows = inRange(STOCK_INS, from, to, store).getResultList();
        List<StockInReportRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new StockInReportRow((String) r[0], (String) r[1], instant(r[2]), (String) r[3],
                    (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), instant(r[7]),
                    (String) r[8], (String) r[9], (String) r[10]));
        }
        return StockInReport.of(result);
    }

    /** Sales of these business days: of one store, or of all ({@code store} null). */
    public SalesReport sales(LocalDate from, LocalDate to, String store) {
        List<?> rows = inRange(SALES, from, to, store).getResultList();
        List<SalesReportRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new SalesReportRow((String) r[0], (String) r[1], instant(r[2]), (String) r[3],
                    (BigDecimal) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), instant(r[7]),
                    (String) r[8], (String) r[9], (String) r[10],
                    SalesReportRow.paidBy(((Number) r[11]).longValue(), (String) r[14], ((Number) r[12]).longValue()),
                    (String) r[13]));
        }
        return SalesReport.of(result);
    }

    private Query inRange(String sql, LocalDate from, LocalDate to, String store) {
        BusinessDay days = BusinessDay.ofNode();
        String node = store == null ? "" : store;
        return em.createNativeQuery(sql)
                .setParameter(1, utc(days.startOf(from)))
                .setParameter(2, utc(days.endOf(to)))
                .setParameter(3, node)
                .setParameter(4, node);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
