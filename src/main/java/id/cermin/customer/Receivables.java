package id.cermin.customer;

import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What customers owe (piutang), always derived from insert-only rows, never stored: the
 * credit left by their sales, less what those sales' voids took back, less their payments,
 * less the returns credited to their account (settlement CREDIT). A credited return first
 * settles the bon of the sale it returns; what is left of it settles like a payment.
 * <p>
 * Receivables belong to a store. A bon is given at one store's counter, its nota is in
 * that store's drawer, and it is paid there: a store knows exactly what is owed to it even
 * while cut off from the hub, and its credit sales and payments travel like its other sales
 * (to the hub, and back only to itself). So a store's pages and its limit check see its own
 * bons; the hub, which holds every store's, shows every store's, each store's settled on
 * its own (oldest bon first).
 */
@ApplicationScoped
public class Receivables {

    /**
     * A customer's balance at one store (parameters: customer, store, customer, store):
     * the one rule for what is owed, used by the limit check and the tests alike.
     */
    public static final String BALANCE_AT_STORE = "SELECT COALESCE((SELECT SUM(s.credit) FROM sale s"
            + " WHERE s.customer_id = ? AND s.origin_node = ? AND s.credit > 0"
            + " AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)), 0)"
            + " - COALESCE((SELECT SUM(p.amount) FROM customer_payment p WHERE p.customer_id = ? AND p.origin_node = ?), 0)"
            + " - COALESCE((SELECT SUM(r.refund) FROM sale_return r JOIN sale s ON s.id = r.sale_id"
            + " WHERE s.customer_id = ? AND s.origin_node = ? AND r.settlement = 'CREDIT'), 0)";

    /** Returns credited to customers' accounts, per sale returned (parameters: scope's store twice). */
    private static final String CREDITED_RETURNS = "SELECT s.customer_id, s.origin_node, s.id, SUM(r.refund)"
            + " FROM sale_return r JOIN sale s ON s.id = r.sale_id WHERE r.settlement = 'CREDIT'"
            + " AND (? IS NULL OR s.origin_node = ?) %s GROUP BY s.customer_id, s.origin_node, s.id";

    private static final String CREDIT_BY_CUSTOMER = "SELECT s.customer_id, SUM(s.credit) FROM sale s"
            + " WHERE s.credit > 0 AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)"
            + " AND (? IS NULL OR s.origin_node = ?) %s GROUP BY s.customer_id";
    private static final String PAID_BY_CUSTOMER = "SELECT p.customer_id, SUM(p.amount) FROM customer_payment p"
            + " WHERE (? IS NULL OR p.origin_node = ?) %s GROUP BY p.customer_id";
    private static final String OPEN_CANDIDATES = "SELECT s.customer_id, s.id, s.receipt_no, s.sold_at, s.origin_node,"
            + " s.credit FROM sale s WHERE s.credit > 0 AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)"
            + " AND (? IS NULL OR s.origin_node = ?) %s ORDER BY s.customer_id, s.origin_node, s.sold_at, s.id";
    private static final String PAID_BY_CUSTOMER_AND_STORE = "SELECT p.customer_id, p.origin_node, SUM(p.amount)"
            + " FROM customer_payment p WHERE (? IS NULL OR p.origin_node = ?) %s GROUP BY p.customer_id, p.origin_node";
    private static final String ENTRIES = """
            SELECT s.sold_at, 'BON', s.receipt_no, s.origin_node, NULL, s.credit, s.id, 0 FROM sale s
              WHERE s.customer_id = ? AND s.credit > 0 AND (? IS NULL OR s.origin_node = ?)
            UNION ALL
            SELECT v.voided_at, 'VOID', s.receipt_no, s.origin_node, NULL, -s.credit, s.id, 0 FROM sale_void v
              JOIN sale s ON s.id = v.sale_id
              WHERE s.customer_id = ? AND s.credit > 0 AND (? IS NULL OR s.origin_node = ?)
            UNION ALL
            SELECT p.paid_at, CASE WHEN p.reverses_id IS NULL THEN 'PAYMENT' ELSE 'REVERSAL' END, p.receipt_no,
                   p.origin_node, p.method, -p.amount, p.id,
                   EXISTS (SELECT 1 FROM customer_payment r WHERE r.reverses_id = p.id)
              FROM customer_payment p
                WHERE p.customer_id = ? AND (? IS NULL OR p.origin_node = ?)
            UNION ALL
            SELECT r.returned_at, 'RETURN', r.reference, r.origin_node, NULL, -r.refund, r.id, 0 FROM sale_return r
              JOIN sale s ON s.id = r.sale_id
              WHERE s.customer_id = ? AND r.settlement = 'CREDIT' AND (? IS NULL OR s.origin_node = ?)
            ORDER BY 1, 3
            """;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private CustomerRepository customers;

    /** The store whose receivables this node shows: its own on a store, every store's (null) on the hub. */
    public String scope() {
        return identity.role() == NodeIdentity.Role.HUB ? null : identity.node();
    }

    /** What the customer owes at this store (the limit check's figure). */
    public long balanceHere(String customerId) {
        Query query = em.createNativeQuery(BALANCE_AT_STORE);
        for (int i = 0; i < 3; i++) {
            query.setParameter(i * 2 + 1, customerId).setParameter(i * 2 + 2, identity.node());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** What each of these customers owes, in this node's scope; customers owing nothing are left out. */
    public Map<String, Long> balances(Collection<String> customerIds) {
        Map<String, Long> balances = new HashMap<>();
        if (customerIds.isEmpty()) {
            return balances;
        }
        String in = " AND %s.customer_id IN (" + String.join(", ", customerIds.stream().map(id -> "?").toList()) + ")";
        sums(String.format(CREDIT_BY_CUSTOMER, String.format(in, "s")), customerIds)
                .forEach((id, sum) -> balances.merge(id, sum, Long::sum));
        sums(String.format(PAID_BY_CUSTOMER, String.format(in, "p")), customerIds)
                .forEach((id, sum) -> balances.merge(id, -sum, Long::sum));
        creditedReturns(String.format(in, "s"), customerIds).forEach(r -> balances.merge(r.customerId(), -r.amount(),
                Long::sum));
        balances.values().removeIf(balance -> balance == 0);
        return balances;
    }

    /** The customer's open bons in this node's scope, oldest first per store. */
    public List<Bon> openBons(String customerId) {
        return open(List.of(customerId)).getOrDefault(customerId, List.of());
    }

    /** The customer's statement for these business days, in this node's scope. */
    public Statement statement(Customer customer, LocalDate from, LocalDate to) {
        BusinessDay days = BusinessDay.ofNode();
        Instant start = days.startOf(from);
        Instant end = days.endOf(to);
        Query query = em.createNativeQuery(ENTRIES);
        String store = scope();
        for (int i = 0; i < 4; i++) {
            query.setParameter(i * 3 + 1, customer.getId()).setParameter(i * 3 + 2, store)
                    .setParameter(i * 3 + 3, store);
        }
        long balance = 0;
        long opening = 0;
        long charged = 0;
        long paid = 0;
        List<StatementEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Instant at = instant(r[0]);
            long amount = ((Number) r[5]).longValue();
            balance += amount;
            if (at.isBefore(start)) {
                opening = balance;
            } else if (at.isBefore(end)) {
                charged += Math.max(0, amount);
                paid += Math.max(0, -amount);
                entries.add(new StatementEntry((String) r[6], at, (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], Math.max(0, amount), Math.max(0, -amount), balance,
                        ((Number) r[7]).intValue() != 0));
            }
        }
        long closing = entries.isEmpty() ? opening : entries.get(entries.size() - 1).balance();
        List<Bon> open = openBons(customer.getId());
        Map<String, Long> ages = new HashMap<>();
        open.forEach(bon -> ages.put(bon.saleId(), bon.ageOn(days.today(), days)));
        return new Statement(customer, from, to, opening, entries, closing, charged, paid, open, ages);
    }

    /** The aging of every customer who owes something in this node's scope, by name, as of today. */
    public List<Aging> aging() {
        BusinessDay days = BusinessDay.ofNode();
        LocalDate today = days.today();
        Map<String, List<Bon>> open = open(List.of());
        Map<String, Long> balances = new HashMap<>();
        sums(String.format(CREDIT_BY_CUSTOMER, ""), List.of()).forEach((id, sum) -> balances.merge(id, sum, Long::sum));
        sums(String.format(PAID_BY_CUSTOMER, ""), List.of()).forEach((id, sum) -> balances.merge(id, -sum, Long::sum));
        creditedReturns("", List.of()).forEach(r -> balances.merge(r.customerId(), -r.amount(), Long::sum));
        List<Aging> rows = new ArrayList<>();
        balances.forEach((id, balance) -> {
            if (balance != 0) {
                customers.find(id).ifPresent(c -> rows.add(Aging.of(c, balance, open.getOrDefault(id, List.of()),
                        today, days)));
            }
        });
        rows.sort((a, b) -> a.customer().getName().compareToIgnoreCase(b.customer().getName()));
        return rows;
    }

    /** A return credited to a customer's account, summed per sale returned. */
    private record CreditedReturn(String customerId, String store, String saleId, long amount) {
    }

    private List<CreditedReturn> creditedReturns(String customerFilter, Collection<String> customerIds) {
        List<CreditedReturn> result = new ArrayList<>();
        for (Object[] r : rows(String.format(CREDITED_RETURNS, customerFilter), customerIds)) {
            result.add(new CreditedReturn((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        return result;
    }

    /**
     * Open bons per customer (all customers when {@code customerIds} is empty), each store
     * settled on its own: a credited return first takes what it can off its own sale's bon,
     * then the payments and the rest of the credited returns settle the oldest bons first.
     */
    private Map<String, List<Bon>> open(List<String> customerIds) {
        String in = customerIds.isEmpty() ? ""
                : " AND %s.customer_id IN (" + String.join(", ", customerIds.stream().map(id -> "?").toList()) + ")";
        Map<String, Long> paid = new HashMap<>();
        for (Object[] r : rows(String.format(PAID_BY_CUSTOMER_AND_STORE, in.isEmpty() ? "" : String.format(in, "p")),
                customerIds)) {
            paid.put(r[0] + "/" + r[1], ((Number) r[2]).longValue());
        }
        Map<String, CreditedReturn> creditedBySale = new HashMap<>();
        for (CreditedReturn r : creditedReturns(in.isEmpty() ? "" : String.format(in, "s"), customerIds)) {
            creditedBySale.put(r.saleId(), r);
        }
        Map<String, List<Bon>> byCustomerAndStore = new LinkedHashMap<>();
        for (Object[] r : rows(String.format(OPEN_CANDIDATES, in.isEmpty() ? "" : String.format(in, "s")),
                customerIds)) {
            String key = r[0] + "/" + r[4];
            long credit = ((Number) r[5]).longValue();
            CreditedReturn returned = creditedBySale.remove((String) r[1]);
            long offOwnBon = returned == null ? 0 : Math.min(credit, returned.amount());
            if (returned != null) {
                paid.merge(key, returned.amount() - offOwnBon, Long::sum);
            }
            byCustomerAndStore.computeIfAbsent(key, k -> new ArrayList<>()).add(new Bon((String) r[1],
                    (String) r[2], instant(r[3]), (String) r[4], credit - offOwnBon, 0));
        }
        // Returns of sales that left no bon (or whose bon was voided) are credit like a payment.
        creditedBySale.values().forEach(r -> paid.merge(r.customerId() + "/" + r.store(), r.amount(), Long::sum));
        Map<String, List<Bon>> open = new LinkedHashMap<>();
        byCustomerAndStore.forEach((key, bons) -> {
            String customerId = key.substring(0, key.indexOf('/'));
            for (Bon bon : Bon.settle(bons, paid.getOrDefault(key, 0L))) {
                if (bon.outstanding() > 0) {
                    open.computeIfAbsent(customerId, k -> new ArrayList<>()).add(bon);
                }
            }
        });
        return open;
    }

    private Map<String, Long> sums(String sql, Collection<String> customerIds) {
        Map<String, Long> sums = new HashMap<>();
        for (Object[] r : rows(sql, customerIds)) {
            sums.put((String) r[0], ((Number) r[1]).longValue());
        }
        return sums;
    }

    /** Runs a query whose parameters are the scope's store twice, then the customer ids. */
    private List<Object[]> rows(String sql, Collection<String> customerIds) {
        Query query = em.createNativeQuery(sql).setParameter(1, scope()).setParameter(2, scope());
        int i = 3;
        for (String id : customerIds) {
            query.setParameter(i++, id);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
