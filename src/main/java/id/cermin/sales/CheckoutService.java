package id.cermin.sales;

import id.cermin.account.AppUser;
import id.cermin.account.OwnerApproval;
import id.cermin.account.Role;
import id.cermin.audit.AuditTrail;
import id.cermin.catalog.PriceLevel;
import id.cermin.catalog.PriceRule;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductOffer;
import id.cermin.catalog.ProductOffers;
import id.cermin.catalog.ProductRepository;
import id.cermin.catalog.SellingUnit;
import id.cermin.customer.Customer;
import id.cermin.customer.CustomerRepository;
import id.cermin.customer.Receivables;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.ReceiptNumbers;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.settings.StoreProfiles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The till: turns a cart into a sale, its lines, its payments and one stock movement per
 * line, in one transaction on this node's database only. Each line is priced from the
 * database in the unit sold, at the customer's price level and quantity (see
 * {@link id.cermin.catalog.PriceList}); stock moves by the quantity in base units. A
 * discount beyond the cashier's limit, or a bon beyond the customer's limit at this store,
 * needs an owner's approval, which the audit log records. A cart sent twice (same key)
 * gives back the sale it already made.
 * <p>
 * Locks are taken in one order: the day's receipt counter, the products' stock rows, then
 * the customer's row (while its balance is read), so two counters selling on credit to
 * the same customer never both pass the limit.
 */
@Stateless
public class CheckoutService {

    static final int MAX_LINES = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private ProductOffers offers;

    @Inject
    private CustomerRepository customers;

    @Inject
    private Receivables receivables;

    @Inject
    private ReceiptNumbers receiptNumbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private StoreProfiles settings;

    @Inject
    private OwnerApproval approvals;

    @Inject
    private AuditTrail audit;

    @Inject
    private NodeIdentity identity;

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
        Customer customer = customer(request.customerId());
        // The password hash is slow on purpose: checked before any row is locked.
        Optional<AppUser> approver = request.approval() == null ? Optional.empty()
                : approvals.approve(request.approval().username(), request.approval().password());
        BusinessDay businessDay = BusinessDay.ofNode();
        Instant now = businessDay.now();
        Sale sale = new Sale(receiptNumbers.next(identity.node(), businessDay.dayOf(now), "S"), request.cashierId(),
                customer == null ? null : customer.getId(), now, request.idempotencyKey(), identity.node());
        long gross = addLines(sale, request.lines(), customer == null ? PriceLevel.ECERAN : customer.getType());
        if (request.discount() == null || request.discount().of(sale.getTotal()) > sale.getTotal()) {
            throw InvalidInputException.of("form", "error.saleDiscount");
        }
        sale.discount(request.discount().of(sale.getTotal()));
        pay(sale, request, customer);

        List<Approval> needed = new ArrayList<>();
        discountNeedingApproval(sale, gross, request.cashierId()).ifPresent(needed::add);
        // Stock rows first (exclusive locks, in product order), then the customer, then the sale and its lines.
        ledger.lockStock(sale.getLines().stream().map(SaleLine::getProductId).toList());
        if (sale.getCredit() > 0) {
            em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
            creditNeedingApproval(sale, customer).ifPresent(needed::add);
        }
        if (!needed.isEmpty()) {
            AppUser owner = approver.orElseThrow(() -> needed.get(0).refusal(request.approval() != null));
            needed.forEach(approval -> approval.record(audit, sale, owner));
        }
        for (SaleLine line : Sale.inProductOrder(sale.getLines())) {
            ledger.record(line.getProductId(), line.getBaseQuantity().negate(), MovementKind.SALE, sale.getId(),
                    request.cashierId(), now);
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
        return Optional.ofNullable(Ids.canBe(id) ? em.find(Sale.class, id) : null);
    }

    private Customer customer(String id) {
        if (id == null) {
            return null;
        }
        return customers.find(id).filter(c -> !c.isArchived())
                .orElseThrow(() -> InvalidInputException.of("form", "error.unknownCustomer"));
    }

    /** Prices and adds every line; returns what the lines come to before their discounts. */
    private long addLines(Sale sale, List<CheckoutRequest.Line> lines, PriceLevel level) {
        Map<String, ProductOffer> offered = new HashMap<>();
        Map<String, Product> known = products.findAll(lines.stream().map(CheckoutRequest.Line::productId)
                .filter(Objects::nonNull).toList());
        List<Product> found = new ArrayList<>();
        for (CheckoutRequest.Line line : lines) {
            Product product = Optional.ofNullable(line.productId() == null ? null : known.get(line.productId()))
                    .filter(p -> !p.isArchived())
                    .orElseThrow(() -> lineError(line, "error.unknownProduct", null));
            if (!found.contains(product)) {
                found.add(product);
            }
        }
        offers.of(found).forEach(offer -> offered.put(offer.product().getId(), offer));
        long gross = 0;
        int lineNo = 0;
        for (CheckoutRequest.Line line : lines) {
            ProductOffer offer = offered.get(line.productId());
            Product product = offer.product();
            SellingUnit unit = line.unitCode() == null ? offer.baseUnit() : offer.unit(line.unitCode())
                    .orElseThrow(() -> lineError(line, "error.lineUnit", product.getName()));
            BigDecimal quantity = quantity(line, product, unit);
            PriceRule price = offer.prices().price(unit.code(), level, quantity);
            long lineGross = quantity.multiply(BigDecimal.valueOf(price.price())).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            if (line.discount() == null || line.discount().of(lineGross) > lineGross) {
                throw lineError(line, "error.lineDiscount", product.getName());
            }
            long off = line.discount().of(lineGross);
            sale.addLine(new SaleLine(sale, ++lineNo, product.getId(), product.getName(), unit.code(), unit.factor(),
                    quantity, price.price(), product.getCostPrice(), off, lineGross - off, identity.node()));
            gross += lineGross;
        }
        return gross;
    }

    /** Payments other than cash, the bon and the cash; change comes from cash only. */
    private void pay(Sale sale, CheckoutRequest request, Customer customer) {
        for (CheckoutRequest.Payment payment : request.payments()) {
            if (payment.method() == null || payment.method().isCash()) {
                throw InvalidInputException.of("form", "error.payMethod");
            }
            if (payment.amount() == null || payment.amount() <= 0) {
                throw InvalidInputException.of("form", "error.payAmount");
            }
            if (payment.reference() != null && payment.reference().length() > 60) {
                throw InvalidInputException.of("form", "error.payReference");
            }
            sale.addPayment(payment.method(), payment.amount(),
                    payment.reference() == null || payment.reference().isBlank() ? null : payment.reference());
        }
        if (request.credit() == null) {
            throw InvalidInputException.of("form", "error.credit");
        }
        long credit = request.credit();
        if (credit > 0 && customer == null) {
            throw InvalidInputException.of("form", "error.creditNeedsCustomer");
        }
        if (credit > 0 && identity.role() == NodeIdentity.Role.HUB) {
            throw InvalidInputException.of("form", "error.bonOnHub");
        }
        if (request.cash() == null) {
            throw InvalidInputException.of("form", "error.paid");
        }
        if (sale.getNonCash() + credit > sale.getTotal()) {
            throw new InvalidInputException(Map.of("form", "error.nonCashOverTotal", "amount",
                    Long.toString(sale.getTotal())));
        }
        if (request.cash() + sale.getNonCash() + credit < sale.getTotal()) {
            throw new InvalidInputException(Map.of("form", "error.paidLess", "amount", Long.toString(sale.getTotal())));
        }
        sale.settle(request.cash(), credit);
    }

    private Optional<Approval> discountNeedingApproval(Sale sale, long gross, String cashierId) {
        AppUser cashier = em.find(AppUser.class, cashierId);
        Optional<BigDecimal> limit = settings.discountLimits().of(cashier == null ? Role.KASIR : cashier.getRole());
        long given = sale.getAllDiscounts();
        if (limit.isEmpty() || BigDecimal.valueOf(given).multiply(HUNDRED)
                .compareTo(limit.get().multiply(BigDecimal.valueOf(gross))) <= 0) {
            return Optional.empty();
        }
        String percent = limit.get().stripTrailingZeros().toPlainString();
        return Optional.of(new Approval(Map.of("form", "error.discountLimit", "argument", percent),
                "DISCOUNT_OVERRIDE", "sale", sale.getId(), "diskon " + given + " dari " + gross + ", batas " + percent + "%"));
    }

    private Optional<Approval> creditNeedingApproval(Sale sale, Customer customer) {
        long owed = receivables.balanceHere(customer.getId());
        if (owed + sale.getCredit() <= customer.getCreditLimit()) {
            return Optional.empty();
        }
        long room = Math.max(0, customer.getCreditLimit() - owed);
        return Optional.of(new Approval(Map.of("form", "error.creditLimit", "amount", Long.toString(room)),
                "CREDIT_OVERRIDE", "customer", customer.getId(), customer.getName() + " bon " + sale.getCredit()
                + ", sudah " + owed + ", limit " + customer.getCreditLimit()));
    }

    /** Something only an owner may allow: what the cashier is told, and what the audit log keeps. */
    private record Approval(Map<String, String> message, String action, String entity, String entityId, String detail) {

        InvalidInputException refusal(boolean triedAndRefused) {
            Map<String, String> errors = new LinkedHashMap<>(message);
            errors.put("approval", triedAndRefused ? "refused" : "needed");
            return new InvalidInputException(errors);
        }

        void record(AuditTrail audit, Sale sale, AppUser owner) {
            audit.record(action, entity, entityId, sale.getReceiptNo() + ": " + detail + ", disetujui "
                    + owner.getUsername());
        }
    }

    private static BigDecimal quantity(CheckoutRequest.Line line, Product product, SellingUnit unit) {
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw lineError(line, "error.lineQuantity", product.getName());
        }
        if (!unit.fraction() && quantity.stripTrailingZeros().scale() > 0) {
            throw lineError(line, "error.lineWholeQuantity", product.getName());
        }
        if (unit.inBase(quantity).isEmpty()) {
            throw lineError(line, "error.lineBaseQuantity", product.getName());
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
