package id.cermin.sales;

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
import java.util.Map;

/**
 * "Batalkan": takes a sale back without deleting anything. The void row records who,
 * when and why; compensating movements put the stock back; the sale stays in the
 * reports, struck through and out of the totals. A sale is voided once at most, and
 * only on the node that made it: two nodes voiding it while apart would take the stock
 * back twice.
 */
@Stateless
public class VoidService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public Sale voidSale(VoidRequest request) {
        String saleId = request.id();
        String reason = request.reason();
        String userId = request.userId();
        Sale sale = saleId == null ? null : em.find(Sale.class, saleId, LockModeType.PESSIMISTIC_WRITE);
        if (sale == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        if (!sale.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.voidElsewhere", "argument", sale.getOriginNode()));
        }
        Number voids = (Number) em.createNativeQuery("SELECT COUNT(*) FROM sale_void WHERE sale_id = ?")
                .setParameter(1, saleId).getSingleResult();
        if (voids.intValue() > 0) {
            throw InvalidInputException.of("form", "error.alreadyVoided");
        }
        Instant now = Instant.now();
        ledger.lockStock(sale.getLines().stream().map(SaleLine::getProductId).toList());
        em.persist(new SaleVoid(saleId, userId, now, reason, identity.node()));
        for (SaleLine line : Sale.inProductOrder(sale.getLines())) {
            ledger.record(line.getProductId(), line.getQuantity(), MovementKind.SALE_VOID, saleId, userId, now);
        }
        audit.record("VOID", "sale", saleId, sale.getReceiptNo() + ": " + reason);
        return sale;
    }
}
