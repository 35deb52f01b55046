package id.cermin.returns;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.CatalogService;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.inventory.StockLine;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.SqlValues;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.platform.ReceiptNumbers;
import id.cermin.sales.Sale;
import id.cermin.sales.SaleLine;
import id.cermin.stockcount.AdjustmentReason;
import id.cermin.stockcount.StockAdjuster;
import id.cermin.stockin.StockIn;
import id.cermin.stockin.StockInLine;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Returns of sales and to suppliers, each one use case in one transaction: the sale or
 * receipt locked, nothing returned beyond what is left of each line, one movement per
 * line on this store's shelf (SALE_RETURN in, PURCHASE_RETURN out), and for goods not put
 * back on the shelf a damaged-goods adjustment that takes them out again.
 */
@Stateless
public class ReturnService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

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

    /** A chosen quantity of a returnable line and what it is worth. */
    private record Chosen(ReturnableLine line, BigDecimal quantity, long amount) {
    }

    public SaleReturn returnSale(ReturnRequest request) {
        Optional<SaleReturn> done = saleReturnByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        Sale sale = request.sourceId() == null ? null
                : em.find(Sale.class, request.sourceId(), LockModeType.PESSIMISTIC_WRITE);
        if (sale == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        checkSource(sale.getOriginNode(), "SELECT COUNT(*) FROM sale_void WHERE sale_id = ?", sale.getId());
        if (request.settlement() == null) {
            throw InvalidInputException.of("settlement", "error.required");
        }
        if (request.settlement() == Settlement.CREDIT && sale.getCustomerId() == null) {
            throw InvalidInputException.of("form", "error.returnCreditNeedsCustomer");
        }
        List<Chosen> chosen = choose(request, saleLines(sale));
        BusinessDay day = BusinessDay.ofNode();
        Instant now = day.now();
        SaleReturn saleReturn = new SaleReturn(sale.getId(), numbers.next(identity.node(), day.dayOf(now), "R"), now,
                request.userId(), request.reason(), request.restock(), request.settlement(), request.idempotencyKey(),
                identity.node());
        int lineNo = 0;
        for (Chosen c : chosen) {
            saleReturn.addLine(new SaleReturnLine(saleReturn, ++lineNo, lineOf(sale.getLines(), c), c.quantity(),
                    c.line().unitAmount(), c.amount(), identity.node()));
        }
        moveStock(chosen, MovementKind.SALE_RETURN, BigDecimal.ONE, saleReturn.getId(), request.userId(), now);
        if (!request.restock()) {
            for (Chosen c : inProductOrder(chosen)) {
                adjuster.adjust(c.line().productId(), c.line().inBase(c.quantity()).negate(), AdjustmentReason.RUSAK,
                        "Retur " + saleReturn.getReference(), unitCost(sale, c.line().lineId()), null,
                        request.userId(), now);
            }
        }
        em.persist(saleReturn);
        em.flush();
        audit.record("RETURN", "sale", sale.getId(), sale.getReceiptNo() + " " + saleReturn.getReference() + " "
                + saleReturn.getRefund() + " " + request.settlement() + ": " + request.reason());
        return saleReturn;
    }

    public PurchaseReturn returnToSupplier(ReturnRequest request) {
        Optional<PurchaseReturn> done = purchaseReturnByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        StockIn stockIn = request.sourceId() == null ? null
                : em.find(StockIn.class, request.sourceId(), LockModeType.PESSIMISTIC_WRITE);
        if (stockIn == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        checkSource(stockIn.getOriginNode(), "SELECT COUNT(*) FROM stock_in_void WHERE stock_in_id = ?",
                stockIn.getId());
        List<Chosen> chosen = choose(request, stockInLines(stockIn));
        BusinessDay day = BusinessDay.ofNode();
        Instant now = day.now();
        PurchaseReturn purchaseReturn = new PurchaseReturn(stockIn.getId(),
                numbers.next(identity.node(), day.dayOf(now), "RB"), now, request.userId(), request.reason(),
                request.idempotencyKey(), identity.node());
        int lineNo = 0;
        for (Chosen c : chosen) {
            purchaseReturn.addLine(new PurchaseReturnLine(purchaseReturn, ++lineNo, lineOf(stockIn.getLines(), c),
                    c.quantity(), c.line().unitAmount(), c.amount(), identity.node()));
        }
        moveStock(chosen, MovementKind.PURCHASE_RETURN, BigDecimal.ONE.negate(), purchaseReturn.getId(),
                request.userId(), now);
        em.persist(purchaseReturn);
        em.flush();
        audit.record("RETURN", "stock_in", stockIn.getId(), stockIn.getReference() + " "
                + purchaseReturn.getReference() + " " + purchaseReturn.getTotalCost() + ": " + request.reason());
        return purchaseReturn;
    }

    /** The lines of a sale with what was returned of each, for the return form. */
    public List<ReturnableLine> saleLines(Sale sale) {
        return returnable(sale.getLines(), sale::paidFor, "sale_return_line", "sale_line_id",
                "sale_line", "sale_id", sale.getId());
    }

    /** The lines of a goods receipt with what was sent back of each. */
    public List<ReturnableLine> stockInLines(StockIn stockIn) {
        return returnable(stockIn.getLines(), StockInLine::getLineTotal, "purchase_return_line", "stock_in_line_id",
                "stock_in_line", "stock_in_id", stockIn.getId());
    }

    public List<SaleReturn> ofSale(String saleId) {
        return em.createNamedQuery("SaleReturn.ofSale", SaleReturn.class).setParameter("saleId", saleId)
                .getResultList();
    }

    public List<PurchaseReturn> ofStockIn(String stockInId) {
        return em.createNamedQuery("PurchaseReturn.ofStockIn", PurchaseReturn.class)
                .setParameter("stockInId", stockInId).getResultList();
    }

    public Optional<SaleReturn> saleReturn(String id) {
        return Optional.ofNullable(id == null ? null : em.find(SaleReturn.class, id));
    }

    /** The return a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SaleReturn> saleReturnByKey(String key) {
        return em.createNamedQuery("SaleReturn.byIdempotencyKey", SaleReturn.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The return to a supplier a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PurchaseReturn> purchaseReturnByKey(String key) {
        return em.createNamedQuery("PurchaseReturn.byIdempotencyKey", PurchaseReturn.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private void checkSource(String originNode, String voidCount, String id) {
        if (!originNode.equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.returnElsewhere", "argument", originNode));
        }
        if (SqlValues.number(em.createNativeQuery(voidCount).setParameter(1, id).getSingleResult()) > 0) {
            throw InvalidInputException.of("form", "error.returnVoided");
        }
    }

    private List<Chosen> choose(ReturnRequest request, List<ReturnableLine> lines) {
        if (request.reason() == null || request.reason().isEmpty() || request.reason().length() > 255) {
            throw InvalidInputException.of("reason", "error.returnReason");
        }
        Map<String, ReturnableLine> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.lineId(), line));
        var fractionUnits = catalog.fractionUnitCodes();
        Map<String, Chosen> chosen = new LinkedHashMap<>();
        for (ReturnRequest.Line wanted : request.lines()) {
            ReturnableLine line = byId.get(wanted.lineId());
            if (line == null) {
                throw InvalidInputException.of("form", "error.notFound");
            }
            BigDecimal quantity = wanted.quantity();
            if (quantity == null || quantity.signum() < 0) {
                throw new InvalidInputException(Map.of("form", "error.lineQuantity", "argument", line.productName()));
            }
            if (quantity.signum() == 0) {
                continue;
            }
            if (!fractionUnits.contains(line.unitCode()) && quantity.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException(Map.of("form", "error.lineWholeQuantity",
                        "argument", line.productName()));
            }
            if (chosen.containsKey(line.lineId()) || quantity.compareTo(line.remaining()) > 0) {
                throw new InvalidInputException(Map.of("form", "error.returnTooMuch", "argument", line.productName()));
            }
            chosen.put(line.lineId(), new Chosen(line, quantity, line.amountFor(quantity)));
        }
        if (chosen.isEmpty()) {
            throw InvalidInputException.of("form", "error.returnNothing");
        }
        return List.copyOf(chosen.values());
    }

    private void moveStock(List<Chosen> chosen, MovementKind kind, BigDecimal sign, String sourceId, String userId,
                           Instant at) {
        ledger.lockStock(chosen.stream().map(c -> c.line().productId()).toList());
        for (Chosen c : inProductOrder(chosen)) {
            ledger.record(c.line().productId(), c.line().inBase(c.quantity()).multiply(sign), kind, sourceId, userId,
                    at);
        }
    }

    private static long perUnit(long amount, BigDecimal quantity) {
        return BigDecimal.valueOf(amount).divide(quantity, 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static <L extends StockLine> L lineOf(List<L> lines, Chosen chosen) {
        return lines.stream().filter(l -> l.getId().equals(chosen.line().lineId())).findFirst().orElseThrow();
    }

    private static List<Chosen> inProductOrder(List<Chosen> chosen) {
        return chosen.stream().sorted(Comparator.comparing(c -> c.line().productId())).toList();
    }

    private static long unitCost(Sale sale, String lineId) {
        return sale.getLines().stream().filter(l -> l.getId().equals(lineId)).findFirst()
                .map(SaleLine::getUnitCost).orElse(0L);
    }

    /** {@code paid}: what a line was paid for in all (after every discount), shared out over its quantity. */
    private <L extends StockLine> List<ReturnableLine> returnable(List<L> lines, Function<L, Long> paid,
                                                                  String returnTable, String lineColumn,
                                                                  String lineTable, String parentColumn,
                                                                  String parentId) {
        Map<String, Object[]> returned = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT r." + lineColumn + ", SUM(r.quantity), SUM(r.line_total)"
                        + " FROM " + returnTable + " r JOIN " + lineTable + " l ON l.id = r." + lineColumn
                        + " WHERE l." + parentColumn + " = ? GROUP BY r." + lineColumn)
                .setParameter(1, parentId).getResultList()) {
            Object[] r = (Object[]) row;
            returned.put((String) r[0], r);
        }
        List<ReturnableLine> result = new ArrayList<>();
        for (L line : lines) {
            Object[] r = returned.get(line.getId());
            result.add(new ReturnableLine(line.getId(), line.getProductId(), line.getProductName(), line.getUnitCode(),
                    line.getUnitFactor(), line.getQuantity(), perUnit(paid.apply(line), line.getQuantity()),
                    paid.apply(line),
                    r == null ? BigDecimal.ZERO : SqlValues.decimal(r[1]), r == null ? 0 : SqlValues.number(r[2])));
        }
        return result;
    }
}
