package id.cermin.dashboard;

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
import java.util.TreeMap;

/**
 * Read-only figures for the dashboard, straight from the node's own database, with the
 * same rules as the reports: voided sales never count, days are the store's business days.
 * On the hub, figures are of every store or of one ({@code store}; null for all), and the
 * stores are compared side by side. What a cashier may see (their own sales) is asked for
 * apart from what only the owner and admins may (profit).
 */
@ApplicationScoped
public class DashboardQueries {

    /** The counts the study's dashboard shows; profit is asked for apart. */
    public record Summary(long products, long categories, long sales, long linesSold, long lowStock) {
    }

    /** Profit by period: for the owner and admins only. */
    public record Profit(long today, long week, long month) {
    }

    /** A cashier's own sales of today, voided ones left out. */
    public record OwnSales(long count, long total) {
    }

    /** The newest sale, for the "last transaction" panel. */
    public record LastSale(String id, String receiptNo, Instant soldAt, long total) {
    }

    /** One store's sales and profit today and this month (voided sales left out). */
    public record BranchFigures(String store, long salesToday, long profitToday, long countToday, long salesMonth,
                                long profitMonth, long countMonth) {
    }

    /** One day of the 30-day chart, with the bar's height in percent of the best day. */
    public record Day(LocalDate day, long total, int heightPercent) {
    }

    private static final long QUARTER_SECONDS = 15 * 60;
    /** Narrows the sales aliased {@code s} to one store (its last two parameters: the store, or '' for all, twice). */
    private static final String OF_STORE = " AND (? = '' OR s.origin_node = ?)";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** The counts, of one store's sales or of all; {@code lowStock}: shelves running low, counted by the caller. */
    public Summary summary(String store, long lowStock) {
        long products = count("SELECT COUNT(*) FROM product WHERE archived_at IS NULL");
        long categories = count("SELECT COUNT(*) FROM category WHERE archived_at IS NULL");
        long sales = count("SELECT COUNT(*) FROM sale s WHERE " + SaleFigures.NOT_VOIDED + OF_STORE, store);
        long lines = count("SELECT COUNT(*) FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE "
                + SaleFigures.NOT_VOIDED + OF_STORE, store);
        return new Summary(products, categories, sales, lines, lowStock);
    }

    /** Profit by period, of one store's sales or of all: for the owner and admins only. */
    public Profit profit(String store) {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        Instant tonight = businessDay.endOf(today);
        return new Profit(profit(businessDay.startOf(today), tonight, store),
                profit(businessDay.startOfWeek(today), tonight, store),
                profit(businessDay.startOfMonth(today), tonight, store));
    }

    public OwnSales ownSalesToday(String cashierId) {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(s.total), 0) FROM sale s"
                        + " WHERE s.cashier_id = ? AND s.sold_at >= ? AND s.sold_at < ? AND " + SaleFigures.NOT_VOIDED)
                .setParameter(1, cashierId)
                .setParameter(2, utc(businessDay.startOf(today)))
                .setParameter(3, utc(businessDay.endOf(today)))
                .getSingleResult();
        return new OwnSales(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Each store's sales and profit today and this month, for these stores (those without sales show 0). */
    public List<BranchFigures> branches(List<String> stores) {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        List<?> rows = em.createNativeQuery("SELECT s.origin_node,"
                        + " SUM(CASE WHEN s.sold_at >= ? THEN s.total ELSE 0 END),"
                        + " SUM(CASE WHEN s.sold_at >= ? THEN " + SaleFigures.PROFIT + " ELSE 0 END),"
                        + " SUM(CASE WHEN s.sold_at >= ? THEN 1 ELSE 0 END),"
                        + " SUM(s.total), SUM(" + SaleFigures.PROFIT + "), COUNT(*)"
                        + " FROM sale s WHERE s.sold_at >= ? AND s.sold_at < ? AND " + SaleFigures.NOT_VOIDED
                        + " GROUP BY s.origin_node")
                .setParameter(1, utc(businessDay.startOf(today)))
                .setParameter(2, utc(businessDay.startOf(today)))
                .setParameter(3, utc(businessDay.startOf(today)))
                .setParameter(4, utc(businessDay.startOfMonth(today)))
                .setParameter(5, utc(businessDay.endOf(today)))
                .getResultList();
        Map<String, BranchFigures> byStore = new TreeMap<>();
        stores.forEach(store -> byStore.put(store, new BranchFigures(store, 0, 0, 0, 0, 0, 0)));
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byStore.put((String) r[0], new BranchFigures((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), number(r[5]), number(r[6])));
        }
        return List.copyOf(byStore.values());
    }

    public LastSale lastSale(String store) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.receipt_no, s.sold_at, s.total FROM sale s"
                + " WHERE TRUE" + OF_STORE + " ORDER BY s.sold_at DESC LIMIT 1")
                .setParameter(1, node(store)).setParameter(2, node(store)).getResultList();
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
    public List<Day> last30Days(String store) {
        BusinessDay businessDay = BusinessDay.ofNode();
        LocalDate today = businessDay.today();
        LocalDate first = today.minusDays(29);
        List<?> rows = em.createNativeQuery("SELECT TIMESTAMPDIFF(MINUTE, '1970-01-01', s.sold_at) DIV 15 AS quarter,"
                        + " SUM(s.total) FROM sale s WHERE s.sold_at >= ? AND " + SaleFigures.NOT_VOIDED + OF_STORE
                        + " GROUP BY quarter")
                .setParameter(1, utc(businessDay.startOf(first)))
                .setParameter(2, node(store)).setParameter(3, node(store)).getResultList();
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

    private long profit(Instant from, Instant to, String store) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(" + SaleFigures.PROFIT + "), 0) FROM sale s"
                        + " WHERE s.sold_at >= ? AND s.sold_at < ? AND " + SaleFigures.NOT_VOIDED + OF_STORE)
                .setParameter(1, utc(from)).setParameter(2, utc(to))
                .setParameter(3, node(store)).setParameter(4, node(store))
                .getSingleResult()).longValue();
    }

    /** Active units, for the first steps of a new install (the usual ones are made with its owner). */
    public long units() {
        return count("SELECT COUNT(*) FROM unit WHERE archived_at IS NULL");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** A count narrowed by {@link #OF_STORE}. */
    private long count(String sql, String store) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, node(store)).setParameter(2, node(store))
                .getSingleResult()).longValue();
    }

    /** The store a figure is narrowed to, as {@link #OF_STORE} takes it: '' for all. */
    private static String node(String store) {
        return store == null ? "" : store;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
