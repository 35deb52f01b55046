package id.cermin.stockcount;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.CatalogService;
import id.cermin.catalog.Category;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.SqlValues;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.platform.ReceiptNumbers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock opname. Each count is taken against this store's stock at the moment that
 * product was counted (the stock row locked while it is read), and confirming adds the
 * difference (counted − expected then) to the shelf as it is now. A sale made between
 * counting an item and confirming the opname is therefore kept: the stock ends at what
 * was counted, less what was sold since (plus whatever else moved since). Products not
 * counted are left as they are. Opname happens on the node whose shelf it counts.
 */
@Stateless
public class StockCountService {

    private static final BigDecimal MAX_COUNT = new BigDecimal("99999999999");
    private static final int RECENT = 30;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    @Inject
    private ReceiptNumbers numbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockAdjuster adjuster;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Starts an opname of one category (or of every product, without one). */
    public StockCount start(String categoryId, String note, String userId) {
        Category category = null;
        if (categoryId != null && !categoryId.isEmpty()) {
            category = catalog.category(categoryId).filter(c -> !c.isArchived())
                    .orElseThrow(() -> InvalidInputException.of("categoryId", "error.unknownCategory"));
        }
        if (note != null && note.length() > 255) {
            throw InvalidInputException.of("note", "error.tooLong255");
        }
        BusinessDay day = BusinessDay.ofNode();
        Instant now = day.now();
        StockCount count = new StockCount(numbers.next(identity.node(), day.dayOf(now), "SO"),
                category == null ? null : category.getId(), now, userId, note == null || note.isEmpty() ? null : note,
                identity.node());
        em.persist(count);
        audit.record("CREATE", "stock_count", count.getId(), count.getReference()
                + (category == null ? "" : " " + category.getName()));
        return count;
    }

    /** Records what was counted of one product, against this store's stock right now. */
    public StockCountEntry record(String countId, String productId, BigDecimal counted, String userId) {
        StockCount count = openHere(countId);
        Product product = products.find(productId)
                .orElseThrow(() -> InvalidInputException.of("productId", "error.unknownProduct"));
        if (count.getCategoryId() != null && !count.getCategoryId().equals(product.getCategory().getId())) {
            throw new InvalidInputException(Map.of("productId", "error.countOtherCategory",
                    "argument", product.getName()));
        }
        Quantities.checked(counted, true, MAX_COUNT, catalog.fractionUnitCodes().contains(product.getUnitCode()),
                "counted");
        ledger.lockStock(List.of(product.getId()));
        StockCountEntry entry = new StockCountEntry(count.getId(), product.getId(), counted,
                ledger.onShelf(product.getId()), product.getCostPrice(), BusinessDay.ofNode().now(), userId,
                identity.node());
        em.persist(entry);
        return entry;
    }

    /** Confirms the opname: one adjustment (reason OPNAME) and one movement per difference. Returns how many. */
    public int confirm(String countId, String userId) {
        StockCount count = openHere(countId);
        Map<String, StockCountEntry> latest = latestEntries(count.getId());
        List<StockCountEntry> differing = latest.values().stream()
                .filter(e -> e.difference().signum() != 0).toList();
        ledger.lockStock(differing.stream().map(StockCountEntry::getProductId).toList());
        Instant now = BusinessDay.ofNode().now();
        long value = 0;
        for (StockCountEntry entry : differing.stream()
                .sorted(Comparator.comparing(StockCountEntry::getProductId)).toList()) {
            adjuster.adjust(entry.getProductId(), entry.difference(), AdjustmentReason.OPNAME, null,
                    entry.getUnitCost(), count.getId(), userId, now);
            value += Quantities.value(entry.difference(), entry.getUnitCost());
        }
        em.persist(new StockCountClose(count.getId(), true, now, userId, identity.node()));
        audit.record("OPNAME", "stock_count", count.getId(), count.getReference() + ": " + latest.size()
                + " dihitung, " + differing.size() + " selisih, nilai " + value);
        return differing.size();
    }

    /** Ends the opname without changing any stock. */
    public void cancel(String countId, String userId) {
        StockCount count = openHere(countId);
        em.persist(new StockCountClose(count.getId(), false, BusinessDay.ofNode().now(), userId, identity.node()));
        audit.record("CANCEL", "stock_count", count.getId(), count.getReference());
    }

    public Optional<StockCount> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(StockCount.class, id));
    }

    /** The opname with every product in its scope and the latest count of each. */
    public Optional<CountSheet> sheet(String id) {
        return find(id).map(count -> new CountSheet(count,
                count.getCategoryId() == null ? null
                        : catalog.category(count.getCategoryId()).map(Category::getName).orElse(null),
                status(count.getId()), lines(count)));
    }

    public List<CountSummary> recent() {
        List<?> rows = em.createNativeQuery("""
                SELECT c.id, c.reference, cat.name, c.started_at, u.full_name, cl.confirmed, cl.closed_at,
                       (SELECT COUNT(DISTINCT e.product_id) FROM stock_count_entry e WHERE e.count_id = c.id)
                FROM stock_count c
                JOIN app_user u ON u.id = c.started_by
                LEFT JOIN category cat ON cat.id = c.category_id
                LEFT JOIN stock_count_close cl ON cl.count_id = c.id
                ORDER BY c.started_at DESC, c.id DESC
                """).setMaxResults(RECENT).getResultList();
        List<CountSummary> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            CountStatus status = r[5] == null ? CountStatus.OPEN
                    : SqlValues.bool(r[5]) ? CountStatus.CONFIRMED : CountStatus.CANCELLED;
            result.add(new CountSummary((String) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3]), (String) r[4],
                    status, SqlValues.instant(r[6]), SqlValues.number(r[7])));
        }
        return result;
    }

    private List<CountLine> lines(StockCount count) {
        List<?> rows = em.createNativeQuery("""
                SELECT p.id, p.name, p.barcode, p.unit_code, cat.name, e.counted, e.expected, e.unit_cost,
                       e.counted_at, u.full_name
                FROM product p
                JOIN category cat ON cat.id = p.category_id
                LEFT JOIN stock_count_entry e ON e.id = (SELECT l.id FROM stock_count_entry l
                        WHERE l.count_id = ? AND l.product_id = p.id ORDER BY l.counted_at DESC, l.id DESC LIMIT 1)
                LEFT JOIN app_user u ON u.id = e.counted_by
                WHERE (p.archived_at IS NULL OR e.id IS NOT NULL) AND (? IS NULL OR p.category_id = ?)
                ORDER BY cat.name, p.name, p.id
                """)
                .setParameter(1, count.getId())
                .setParameter(2, count.getCategoryId())
                .setParameter(3, count.getCategoryId())
                .getResultList();
        List<CountLine> lines = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            lines.add(new CountLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    SqlValues.decimal(r[5]), SqlValues.decimal(r[6]), SqlValues.number(r[7]),
                    SqlValues.instant(r[8]), (String) r[9]));
        }
        return lines;
    }

    private Map<String, StockCountEntry> latestEntries(String countId) {
        Map<String, StockCountEntry> latest = new LinkedHashMap<>();
        for (StockCountEntry entry : em.createNamedQuery("StockCountEntry.ofCount", StockCountEntry.class)
                .setParameter("countId", countId).getResultList()) {
            latest.put(entry.getProductId(), entry);
        }
        return latest;
    }

    /** The opname, locked until the transaction ends, if it is still open and belongs to this node. */
    private StockCount openHere(String countId) {
        StockCount count = countId == null ? null
                : em.find(StockCount.class, countId, LockModeType.PESSIMISTIC_WRITE);
        if (count == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        if (!count.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.countElsewhere", "argument", count.getOriginNode()));
        }
        if (status(count.getId()) != CountStatus.OPEN) {
            throw InvalidInputException.of("form", "error.countClosed");
        }
        return count;
    }

    private CountStatus status(String countId) {
        return em.createNamedQuery("StockCountClose.ofCount", StockCountClose.class).setParameter("countId", countId)
                .getResultStream().findFirst()
                .map(c -> c.isConfirmed() ? CountStatus.CONFIRMED : CountStatus.CANCELLED)
                .orElse(CountStatus.OPEN);
    }
}
