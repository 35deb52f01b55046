package id.cermin.dashboard;

import id.cermin.catalog.Product;
import id.cermin.platform.BusinessDay;
import id.cermin.report.SaleFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only figures for the dashboard, straight from the node's own database, with the
 * same rules as the reports: voided sales never count, days are the store's business days.
 */
@ApplicationScoped
public class DashboardQueries {

    /** The counts the study's dashboard shows, and profit by period. */
    public record Summary(long products, long categories, long sales, long linesSold, long lowStock,
                          long profitToday, long profitWeek, long profitMonth) {
    }

    /** The newest sale, for the "last transaction" panel. */
    public record LastSale(String id, String receiptNo, Instant soldAt, long total) {
    }

    /** One day of the 30-day chart, with the bar's height in percent of the best day. */
    public record Day(LocalDate day, long total, int heightPercent) {
    }

    private static final long QUARTER_SECONDS = 15 * 60;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public Summary summary() {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        Instant tonight = businessDay.endOf(today);
        long products = count("SELECT COUNT(*) FROM product WHERE archived_at IS NULL");
        long categories = count("SELECT COUNT(*) FROM category WHERE archived_at IS NULL");
        long sales = count("SELECT COUNT(*) FROM sale s WHERE " + SaleFigures.NOT_VOIDED);
        long lines = count("SELECT COUNT(*) FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE "
                + SaleFigures.NOT_VOIDED);
        long low = count("SELECT COUNT(*) FROM product WHERE archived_at IS NULL AND stock <= min_stock");
        return new Summary(products, categories, sales, lines, low,
                profit(businessDay.startOf(today), tonight),
                profit(businessDay.startOfWeek(today), tonight),
                profit(businessDay.startOfMonth(today), tonight));
    }

    public LastSale lastSale() {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.receipt_no, s.sold_at, s.total FROM sale s"
                + " ORDER BY s.sold_at DESC LIMIT 1").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new LastSale((String) r[0], (String) r[1], ((LocalDateTime) r[2]).toInstant(ZoneOffset.UTC),
                ((Number) r[3]).longValue());
    }

    /**
     * Sales per business day for the last 30 days, oldest first, voided sales left out.
     * The database sums per quarter of an hour in UTC; each quarter then goes to the day it
     * falls on in the store's zone (every zone's offset is a whole number of quarters).
     */
    public List<Day> last30Days() {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        LocalDate first = today.minusDays(29);
        List<?> rows = em.createNativeQuery("SELECT TIMESTAMPDIFF(MINUTE, '1970-01-01', s.sold_at) DIV 15 AS quarter,"
                        + " SUM(s.total) FROM sale s WHERE s.sold_at >= ? AND " + SaleFigures.NOT_VOIDED
                        + " GROUP BY quarter")
                .setParameter(1, utc(businessDay.startOf(first))).getResultList();
        Map<LocalDate, Long> totals = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate day = businessDay.dayOf(Instant.ofEpochSecond(((Number) r[0]).longValue() * QUARTER_SECONDS));
            totals.merge(day, ((Number) r[1]).longValue(), Long::sum);
        }
        long best = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long total = totals.getOrDefault(day, 0L);
            days.add(new Day(day, total, best == 0 ? 0 : (int) Math.round(total * 100.0 / best)));
        }
        return days;
    }

    public List<Product> lowStock(int limit) {
        return em.createQuery("SELECT p FROM Product p WHERE p.archivedAt IS NULL AND p.stock <= p.minStock"
                        + " ORDER BY p.stock - p.minStock, p.name", Product.class)
                .setMaxResults(limit).getResultList();
    }

    private long profit(Instant from, Instant to) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(" + SaleFigures.PROFIT + "), 0) FROM sale s"
                        + " WHERE s.sold_at >= ? AND s.sold_at < ? AND " + SaleFigures.NOT_VOIDED)
                .setParameter(1, utc(from)).setParameter(2, utc(to))
                .getSingleResult()).longValue();
    }

    /** Active units, for the first steps of a new install (the usual ones are made with its owner). */
    public long units() {
        return count("SELECT COUNT(*) FROM unit WHERE archived_at IS NULL");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
