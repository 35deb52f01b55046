package id.cermin.sales;

import id.cermin.catalog.CatalogService;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.catalog.StorePrices;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The till: turns a cart into a sale, its lines and one stock movement per line, in one
 * transaction on this node's database only. Prices and costs are read from the
 * database; a cart sent twice (same key) gives back the sale it already made.
 */
@Stateless
public class CheckoutService {

    static final int MAX_LINES = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    @Inject
    private ReceiptNumbers receiptNumbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private StorePrices prices;

    public Sale checkout(CheckoutRequest request) {
        Optional<Sale> done = findByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        if (request.lines().isEmpty()) {
            throw InvalidInputException.of("form", "error.emptyCart");
        }
        if (request.lines().size() > MAX_LINES) {
            throw InvalidInputException.of("form", "error.tooManyLines");
        }
        String cashierId = request.cashierId();
        BusinessDay businessDay = BusinessDay.ofNode();
        Instant now = businessDay.now();
        LocalDate day = businessDay.dayOf(now);
        Sale sale = new Sale(receiptNumbers.next(identity.node(), day, "S"), cashierId, now, request.idempotencyKey(),
                identity.node());
        Set<String> fractionUnits = catalog.fractionUnitCodes();
        int lineNo = 0;
        for (CheckoutRequest.Line line : request.lines()) {
            lineNo++;
            Product product = products.find(line.productId()).filter(p -> !p.isArchived())
                    .orElseThrow(() -> lineError(line, "error.unknownProduct", null));
            BigDecimal quantity = quantity(line, product, fractionUnits.contains(product.getUnitCode()));
            long price = prices.priceHere(product);
            long lineTotal = quantity.multiply(BigDecimal.valueOf(price)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            sale.addLine(new SaleLine(sale, lineNo, product.getId(), product.getName(), product.getUnitCode(),
                    quantity, price, product.getCostPrice(), lineTotal, identity.node()));
        }
        if (request.paid() == null) {
            throw InvalidInputException.of("form", "error.paid");
        }
        long paid = request.paid();
        if (paid < sale.getTotal()) {
            throw new InvalidInputException(Map.of("form", "error.paidLess", "amount", Long.toString(sale.getTotal())));
        }
        sale.pay(paid);
        // Stock rows first (exclusive locks, in product order), then the sale and its lines.
        ledger.lockStock(sale.getLines().stream().map(SaleLine::getProductId).toList());
        for (SaleLine line : Sale.inProductOrder(sale.getLines())) {
            ledger.record(line.getProductId(), line.getQuantity().negate(), MovementKind.SALE, sale.getId(),
                    cashierId, now);
        }
        em.persist(sale);
        em.flush();
        return sale;
    }

    /** The sale a cart key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Sale> findByKey(String key) {
        return em.createNamedQuery("Sale.byIdempotencyKey", Sale.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<Sale> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Sale.class, id));
    }

    private static BigDecimal quantity(CheckoutRequest.Line line, Product product, boolean fractions) {
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw lineError(line, "error.lineQuantity", product.getName());
        }
        if (!fractions && quantity.stripTrailingZeros().scale() > 0) {
            throw lineError(line, "error.lineWholeQuantity", product.getName());
        }
        return quantity;
    }

    private static InvalidInputException lineError(CheckoutRequest.Line line, String key, String productName) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("form", key);
        if (productName != null) {
            errors.put("argument", productName);
        }
        return new InvalidInputException(errors);
    }
}
