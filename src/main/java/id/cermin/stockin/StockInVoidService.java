package id.cermin.stockin;

import id.cermin.audit.AuditTrail;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.inventory.VoidRequest;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        String reason = request.reason();
        String userId = request.userId();
        List<?> found = stockInId == null ? List.of() : em.createNativeQuery(
                        "SELECT reference, origin_node FROM stock_in WHERE id = ? FOR UPDATE")
                .setParameter(1, stockInId).getResultList();
        if (found.isEmpty()) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        String origin = (String) ((Object[]) found.get(0))[1];
        if (!origin.equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.voidElsewhere", "argument", origin));
        }
        Number voids = (Number) em.createNativeQuery("SELECT COUNT(*) FROM stock_in_void WHERE stock_in_id = ?")
                .setParameter(1, stockInId).getSingleResult();
        if (voids.intValue() > 0) {
            throw InvalidInputException.of("form", "error.alreadyVoided");
        }
        Instant now = Instant.now();
        List<?> lines = em.createNativeQuery("SELECT product_id, quantity FROM stock_in_line WHERE stock_in_id = ?"
                + " ORDER BY product_id").setParameter(1, stockInId).getResultList();
        ledger.lockStock(lines.stream().map(line -> (String) ((Object[]) line)[0]).toList());
        for (Object line : lines) {
            Object[] l = (Object[]) line;
            ledger.record((String) l[0], ((BigDecimal) l[1]).negate(), MovementKind.STOCK_IN_VOID, stockInId,
                    userId, now);
        }
        em.createNativeQuery("INSERT INTO stock_in_void (id, stock_in_id, voided_by, voided_at, reason, origin_node)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, Ids.newId()).setParameter(2, stockInId).setParameter(3, userId)
                .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(5, reason)
                .setParameter(6, identity.node())
                .executeUpdate();
        String reference = (String) ((Object[]) found.get(0))[0];
        audit.record("VOID", "stock_in", stockInId, reference + ": " + reason);
        return reference;
    }
}
