package id.cermin.branch;

import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Each store's shelf, summed from the stock ledger alone (each movement names the store
 * whose shelf it changes): on a store its own shelf, on the hub every store's and their
 * total. A shelf is low when it holds the product's minimum or less.
 */
@ApplicationScoped
public class ShelfQueries {

    static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private Branches branches;

    /** The stores whose shelves this node holds: itself on a store; on the hub every branch and every shelf in the ledger. */
    public List<String> stores() {
        if (identity.role() == NodeIdentity.Role.STORE) {
            return List.of(identity.node());
        }
        TreeSet<String> nodes = new TreeSet<>();
        branches.active().forEach(b -> nodes.add(b.getNode()));
        for (Object node : em.createNativeQuery("SELECT DISTINCT store_node FROM stock_movement").getResultList()) {
            nodes.add((String) node);
        }
        return List.copyOf(nodes);
    }

    /**
     * One page of active products whose name or barcode holds {@code text}, by name, with
     * every store's shelf; only those low at some store when {@code lowOnly}.
     */
    public StockSheet sheet(String text, boolean lowOnly, int page) {
        List<String> stores = stores();
        Map<String, Long> lowCounts = new LinkedHashMap<>();
        stores.forEach(s -> lowCounts.put(s, 0L));
        List<ShelfRow> matching = new ArrayList<>();
        for (Shelved product : shelved(stores, text)) {
            List<String> lowAt = stores.stream().filter(product.row()::lowAt).toList();
            lowAt.forEach(s -> lowCounts.merge(s, 1L, Long::sum));
            if (product.matches() && (!lowOnly || !lowAt.isEmpty())) {
                matching.add(product.row());
            }
        }
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(page, pages);
        List<ShelfRow> rows = withInTransit(matching.subList((shown - 1) * PAGE_SIZE,
                Math.min(matching.size(), shown * PAGE_SIZE)));
        return new StockSheet(stores, rows, lowCounts, matching.size(), shown, pages);
    }

    /** How many shelves run low (of one store, or of every store: {@code store} null), and the lowest of them. */
    public LowStock low(String store, int limit) {
        List<String> stores = store == null ? stores() : List.of(store);
        List<LowShelf> low = new ArrayList<>();
        for (Shelved product : shelved(stores, "")) {
            ShelfRow row = product.row();
            stores.stream().filter(row::lowAt).forEach(s -> low.add(new LowShelf(row.name(), row.unitCode(), s,
                    row.at(s), row.minStock())));
        }
        low.sort(Comparator.comparing((LowShelf l) -> l.stock().subtract(l.minStock())).thenComparing(LowShelf::name));
        return new LowStock(low.size(), List.copyOf(low.subList(0, Math.min(limit, low.size()))));
    }

    /** Shelves running low: how many, and the first of them. */
    public record LowStock(long count, List<LowShelf> shelves) {
    }

    private record Shelved(ShelfRow row, boolean matches) {
    }

    /** Every active product by name with these stores' shelves, and whether its name or barcode holds {@code text}. */
    private List<Shelved> shelved(List<String> stores, String text) {
        Map<String, Map<String, BigDecimal>> shelves = shelves(stores);
        String like = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<?> products = em.createNativeQuery("SELECT id, name, unit_code, min_stock,"
                        + " (? = '' OR LOWER(name) LIKE ? OR CONVERT(COALESCE(barcode, '') USING utf8mb4) LIKE ?) FROM product"
                        + " WHERE archived_at IS NULL ORDER BY name, id")
                .setParameter(1, text).setParameter(2, like).setParameter(3, like).getResultList();
        List<Shelved> shelved = new ArrayList<>();
        for (Object product : products) {
            Object[] p = (Object[]) product;
            shelved.add(new Shelved(new ShelfRow((String) p[0], (String) p[1], (String) p[2], (BigDecimal) p[3],
                    shelves.getOrDefault((String) p[0], Map.of()), BigDecimal.ZERO), ((Number) p[4]).intValue() == 1));
        }
        return shelved;
    }

    /**
     * Every product's stock on each of these stores' shelves: on a store its own, kept with
     * every movement in {@code product.stock}; on the hub summed from the ledger.
     */
    private Map<String, Map<String, BigDecimal>> shelves(List<String> stores) {
        Map<String, Map<String, BigDecimal>> shelves = new HashMap<>();
        Query query = identity.role() == NodeIdentity.Role.STORE
                ? em.createNativeQuery("SELECT id, ?, stock FROM product").setParameter(1, identity.node())
                : em.createNativeQuery("SELECT product_id, store_node, SUM(delta) FROM stock_movement"
                        + " GROUP BY product_id, store_node");
        for (Object sum : query.getResultList()) {
            Object[] s = (Object[]) sum;
            if (stores.contains((String) s[1])) {
                shelves.computeIfAbsent((String) s[0], id -> new HashMap<>()).put((String) s[1], (BigDecimal) s[2]);
            }
        }
        return shelves;
    }

    /** The rows with what is on its way of each product (sent from a shelf, not yet taken in at another). */
    private List<ShelfRow> withInTransit(List<ShelfRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Query query = em.createNativeQuery("SELECT l.product_id, SUM(l.quantity) FROM stock_transfer_line l"
                + " WHERE l.product_id IN (" + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM stock_transfer_receipt r WHERE r.transfer_id = l.transfer_id)"
                + " GROUP BY l.product_id");
        for (int i = 0; i < rows.size(); i++) {
            query.setParameter(i + 1, rows.get(i).productId());
        }
        Map<String, BigDecimal> moving = new HashMap<>();
        for (Object sum : query.getResultList()) {
            Object[] s = (Object[]) sum;
            moving.put((String) s[0], (BigDecimal) s[1]);
        }
        return rows.stream().map(r -> new ShelfRow(r.productId(), r.name(), r.unitCode(), r.minStock(), r.shelves(),
                moving.getOrDefault(r.productId(), BigDecimal.ZERO))).toList();
    }
}
