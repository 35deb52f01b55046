package id.cermin.stockin;

import id.cermin.audit.AuditTrail;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.inventory.VoidRequest;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * "Batalkan" for goods received: the void row says who, when and why; compensating
 * movements take the stock back out. Nothing is deleted, and it happens once at most.
 */
@Stateless
public class StockInVoidService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Voids a stock-in; returns its reference. */
    public String voidStockIn(VoidRequest request) {
        String stockInId = request.id();
        StockIn stockIn = stockInId == null ? null : em.find(StockIn.class, stockInId, LockModeType.PESSIMISTIC_WRITE);
        if (stockIn == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        if (!stockIn.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.voidElsewhere", "argument", stockIn.getOriginNode()));
        }
        long voids = em.createNamedQuery("StockInVoid.countFor", Long.class).setParameter("id", stockInId)
                .getSingleResult();
        if (voids > 0) {
            throw InvalidInputException.of("form", "error.alreadyVoided");
        }
        Instant now = Instant.now();
        ledger.lockStock(stockIn.getLines().stream().map(StockInLine::getProductId).toList());
        stockIn.getLines().stream().sorted(Comparator.comparing(StockInLine::getProductId)).forEach(line ->
                ledger.record(line.getProductId(), line.getQuantity().negate(), MovementKind.STOCK_IN_VOID, stockInId,
                        request.userId(), now));
        em.persist(new StockInVoid(stockInId, request.userId(), now, request.reason(), identity.node()));
        audit.record("VOID", "stock_in", stockInId, stockIn.getReference() + ": " + request.reason());
        return stockIn.getReference();
    }
}
