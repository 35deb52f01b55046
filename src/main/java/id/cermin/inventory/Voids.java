package id.cermin.inventory;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What taking back a sale or a stock-in ("batalkan") means, in one place: it happens only
 * on the node that made it (two nodes voiding it while apart would move the stock back
 * twice) and once at most; compensating movements undo exactly what it moved, with the
 * stock rows locked in product order like any other write; the audit trail says who and
 * why. Nothing is deleted; the caller writes its own void row in the same transaction.
 * Once some of it was returned (or, for goods received, paid for), it is no longer voided
 * whole: the return or payment stands.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Voids {

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** Takes the record back; returns the time of the void, for the caller's void row. */
    public Instant takeBack(Voidable record, boolean voidedBefore, VoidRequest request) {
        if (!record.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.voidElsewhere", "argument", record.getOriginNode()));
        }
        if (voidedBefore) {
            throw InvalidInputException.of("form", "error.alreadyVoided");
        }
        if (takenOnSince(record)) {
            throw InvalidInputException.of("form", "error.voidAfterReturn");
        }
        Instant now = BusinessDay.ofNode().now();
        List<StockMove> moved = record.movements().stream().sorted(Comparator.comparing(StockMove::productId)).toList();
        ledger.lockStock(moved.stream().map(StockMove::productId).toList());
        for (StockMove move : moved) {
            ledger.record(move.productId(), move.delta().negate(), record.voidKind(), record.getId(), request.userId(),
                    now);
        }
        audit.record("VOID", record.auditEntity(), record.getId(), record.getReference() + ": " + request.reason());
        return now;
    }

    /**
     * Whether something was built on the record since: lines of it returned, or (for goods
     * received) payments made. Voiding it whole would then move stock or money back twice.
     */
    private boolean takenOnSince(Voidable record) {
        String sql = switch (record.auditEntity()) {
            case "sale" -> "SELECT COUNT(*) FROM sale_return WHERE sale_id = ?1";
            case "stock_in" -> "SELECT (SELECT COUNT(*) FROM purchase_return WHERE stock_in_id = ?1)"
                    + " + (SELECT COUNT(*) FROM supplier_payment WHERE stock_in_id = ?1)";
            default -> throw new IllegalArgumentException(record.auditEntity());
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, record.getId()).getSingleResult()).longValue() > 0;
    }
}
