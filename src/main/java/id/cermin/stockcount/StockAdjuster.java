package id.cermin.stockcount;

import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes an adjustment and its one ADJUSTMENT movement on this store's shelf, inside the
 * caller's transaction, after the caller locked the product's stock row. Single
 * adjustments, opname differences and returns not put back on the shelf all come here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockAdjuster {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    public StockAdjustment adjust(String productId, BigDecimal delta, AdjustmentReason reason, String note,
                                  long unitCost, String countId, String userId, Instant at) {
        StockAdjustment adjustment = new StockAdjustment(productId, delta, reason, note, unitCost, countId, at, userId,
                identity.node());
        ledger.record(productId, delta, MovementKind.ADJUSTMENT, adjustment.getId(), userId, at);
        em.persist(adjustment);
        return adjustment;
    }
}
