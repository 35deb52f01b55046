package id.cermin.stockin;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.sales.ReceiptNumbers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receives goods: the stock-in, its lines and one movement per line in one transaction;
 * with {@code updateCost}, each product's harga modal becomes the cost just paid. A form
 * sent twice (same key) is received once.
 */
@Stateless
public class StockInService {

    private static final int MAX_LINES = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private ReceiptNumbers numbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Receives the goods; returns the stock-in's id (an earlier one's if the key was used). */
    public String receive(StockInRequest request) {
        String key = request.idempotencyKey();
        List<?> done = em.createNativeQuery("SELECT id FROM stock_in WHERE idempotency_key = ?")
                .setParameter(1, key).getResultList();
        if (!done.isEmpty()) {
            return (String) done.get(0);
        }
        if (request.lines().isEmpty()) {
            throw InvalidInputException.of("form", "error.emptyCart");
        }
        if (request.lines().size() > MAX_LINES || length(request.supplier()) > 150 || length(request.note()) > 500) {
            throw InvalidInputException.of("form", "error.tooManyLines");
        }
        record Received(Product product, BigDecimal quantity, long unitCost, long lineTotal) {
        }
        List<Received> lines = new ArrayList<>();
        for (StockInRequest.Line line : request.lines()) {
            Product product = products.find(line.productId()).filter(p -> !p.isArchived())
                    .orElseThrow(() -> InvalidInputException.of("form", "error.unknownProduct"));
            BigDecimal quantity = Optional.ofNullable(line.quantity())
                    .filter(q -> q.signum() > 0 && q.compareTo(MAX_QUANTITY) <= 0)
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineQuantity",
                            "argument", product.getName())));
            long unitCost = Optional.ofNullable(line.unitCost())
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineCost",
                            "argument", product.getName())));
            long lineTotal = quantity.multiply(BigDecimal.valueOf(unitCost)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            lines.add(new Received(product, quantity, unitCost, lineTotal));
        }
        String userId = request.receivedBy();
        BusinessDay businessDay = BusinessDay.ofNode();
        Instant now = businessDay.now();
        String id = Ids.newId();
        String reference = numbers.next(identity.node(), businessDay.dayOf(now), "M");
        ledger.lockStock(lines.stream().map(r -> r.product().getId()).toList());
        lines.stream().sorted(Comparator.comparing(r -> r.product().getId())).forEach(r ->
                ledger.record(r.product().getId(), r.quantity(), MovementKind.STOCK_IN, id, userId, now));
        long total = lines.stream().mapToLong(Received::lineTotal).sum();
        em.createNativeQuery("INSERT INTO stock_in (id, reference, received_by, received_at, supplier, note,"
                        + " total_cost, idempotency_key, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, reference).setParameter(3, userId)
                .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(5, blankToNull(request.supplier())).setParameter(6, blankToNull(request.note()))
                .setParameter(7, total).setParameter(8, key).setParameter(9, identity.node())
                .executeUpdate();
        int lineNo = 0;
        for (Received r : lines) {
            em.createNativeQuery("INSERT INTO stock_in_line (id, stock_in_id, line_no, product_id, product_name,"
                            + " unit_code, quantity, unit_cost, line_total, origin_node)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, Ids.newId()).setParameter(2, id).setParameter(3, ++lineNo)
                    .setParameter(4, r.product().getId()).setParameter(5, r.product().getName())
                    .setParameter(6, r.product().getUnitCode()).setParameter(7, r.quantity())
                    .setParameter(8, r.unitCost()).setParameter(9, r.lineTotal()).setParameter(10, identity.node())
                    .executeUpdate();
            if (request.updateCost() && r.product().getCostPrice() != r.unitCost()) {
                r.product().setCostPrice(r.unitCost());
                r.product().stamp(identity.node());
            }
        }
        audit.record("CREATE", "stock_in", id, reference + " " + lines.size() + " baris");
        return id;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
