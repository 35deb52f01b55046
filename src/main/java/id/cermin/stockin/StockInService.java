package id.cermin.stockin;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductOffer;
import id.cermin.catalog.ProductOffers;
import id.cermin.catalog.ProductRepository;
import id.cermin.catalog.SellingUnit;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.platform.ReceiptNumbers;
import id.cermin.supplier.Supplier;
import id.cermin.supplier.SupplierService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receives goods: the stock-in, its lines and one movement per line in one transaction;
 * a line may be in any of the product's units (10 sak of a product kept in kg), and stock
 * moves in base units. With {@code updateCost}, each product's harga modal (per base unit)
 * becomes the cost just paid, divided by the unit's factor. Bought on credit (tempo), it
 * must name a supplier record: what is owed is owed to someone. A form sent twice (same
 * key) is received once.
 */
@Stateless
public class StockInService {

    static final int MAX_LINES = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final int MAX_CREDIT_DAYS = 365;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private ProductOffers offers;

    @Inject
    private ReceiptNumbers numbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    @Inject
    private SupplierService suppliers;

    /** Receives the goods; returns the stock-in (an earlier one if the key was used). */
    public StockIn receive(StockInRequest request) {
        Optional<StockIn> done = findByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        if (request.lines().isEmpty()) {
            throw InvalidInputException.of("form", "error.emptyCart");
        }
        if (request.lines().size() > MAX_LINES) {
            throw InvalidInputException.of("form", "error.tooManyLines");
        }
        Map<String, String> tooLong = new LinkedHashMap<>();
        if (length(request.supplier()) > 150) {
            tooLong.put("supplier", "error.tooLong150");
        }
        if (length(request.note()) > 500) {
            tooLong.put("note", "error.tooLong500");
        }
        Supplier supplier = null;
        if (request.supplierId() != null && !request.supplierId().isEmpty()) {
            supplier = suppliers.find(request.supplierId()).filter(s -> !s.isArchived()).orElse(null);
            if (supplier == null) {
                tooLong.put("supplierId", "error.unknownSupplier");
            }
        }
        Integer creditDays = request.creditDays();
        if (creditDays == null || creditDays < 0 || creditDays > MAX_CREDIT_DAYS) {
            tooLong.put("creditDays", "error.creditDays");
        } else if (creditDays > 0 && supplier == null && !tooLong.containsKey("supplierId")) {
            tooLong.put("supplierId", "error.creditNeedsSupplier");
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        record Received(Product product, SellingUnit unit, BigDecimal quantity, long unitCost) {
        }
        List<Received> lines = new ArrayList<>();
        for (StockInRequest.Line line : request.lines()) {
            Product product = products.find(line.productId()).filter(p -> !p.isArchived())
                    .orElseThrow(() -> InvalidInputException.of("form", "error.unknownProduct"));
            ProductOffer offer = offers.of(product);
            SellingUnit unit = line.unitCode() == null ? offer.baseUnit() : offer.unit(line.unitCode())
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineUnit",
                            "argument", product.getName())));
            BigDecimal quantity = Optional.ofNullable(line.quantity())
                    .filter(q -> q.signum() > 0 && q.compareTo(MAX_QUANTITY) <= 0)
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineQuantity",
                            "argument", product.getName())));
            if (unit.inBase(quantity).isEmpty()) {
                throw new InvalidInputException(Map.of("form", "error.lineBaseQuantity", "argument", product.getName()));
            }
            long unitCost = Optional.ofNullable(line.unitCost())
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineCost",
                            "argument", product.getName())));
            lines.add(new Received(product, unit, quantity, unitCost));
        }
        BusinessDay businessDay = BusinessDay.ofNode();
        Instant now = businessDay.now();
        StockIn stockIn = new StockIn(numbers.next(identity.node(), businessDay.dayOf(now), "M"), request.receivedBy(),
                now, supplier == null ? null : supplier.getId(),
                supplier == null ? blankToNull(request.supplier()) : supplier.getName(), creditDays,
                blankToNull(request.note()), request.idempotencyKey(), identity.node());
        int lineNo = 0;
        for (Received r : lines) {
            long lineTotal = r.quantity().multiply(BigDecimal.valueOf(r.unitCost())).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            stockIn.addLine(new StockInLine(stockIn, ++lineNo, r.product().getId(), r.product().getName(),
                    r.unit().code(), r.unit().factor(), r.quantity(), r.unitCost(), lineTotal, identity.node()));
        }
        // Stock rows first (exclusive locks, in product order), then the stock-in and its lines.
        ledger.lockStock(lines.stream().map(r -> r.product().getId()).toList());
        stockIn.getLines().stream().sorted(Comparator.comparing(StockInLine::getProductId)).forEach(line ->
                ledger.record(line.getProductId(), line.getBaseQuantity(), MovementKind.STOCK_IN, stockIn.getId(),
                        request.receivedBy(), now));
        for (Received r : lines) {
            long baseCost = BigDecimal.valueOf(r.unitCost()).divide(r.unit().factor(), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            if (request.updateCost() && r.product().getCostPrice() != baseCost) {
                r.product().setCostPrice(baseCost);
                r.product().stamp(identity.node());
            }
        }
        em.persist(stockIn);
        em.flush();
        audit.record("CREATE", "stock_in", stockIn.getId(), stockIn.getReference() + " " + lines.size() + " jenis barang");
        return stockIn;
    }

    /** The stock-in a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<StockIn> findByKey(String key) {
        return em.createNamedQuery("StockIn.byIdempotencyKey", StockIn.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<StockIn> find(String id) {
        return Optional.ofNullable(Ids.canBe(id) ? em.find(StockIn.class, id) : null);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
