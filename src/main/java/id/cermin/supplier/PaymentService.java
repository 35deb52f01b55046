package id.cermin.supplier;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.till.TillCashMove;
import id.cermin.till.TillService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Pays (part of) a goods receipt bought on credit, at most what is still owed on it, on
 * the node that received the goods (its payments travel with it, like its void). Paid
 * from the drawer, the cash leaves the payer's open till shift in the same transaction.
 */
@Stateless
public class PaymentService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private Payables payables;

    @Inject
    private TillService till;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public SupplierPayment pay(PaymentRequest request) {
        Optional<SupplierPayment> done = findByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        // The receipt's row, locked: two payments of one receipt are checked one after the other.
        if (request.stockInId() == null || em.createNativeQuery("SELECT id FROM stock_in WHERE id = ? FOR UPDATE")
                .setParameter(1, request.stockInId()).getResultList().isEmpty()) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        Payable payable = payables.of(request.stockInId())
                .orElseThrow(() -> InvalidInputException.of("form", "error.notOnCredit"));
        if (!payable.originNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.payElsewhere", "argument", payable.originNode()));
        }
        Long amount = request.amount();
        if (amount == null || amount <= 0) {
            throw InvalidInputException.of("form", "error.cash");
        }
        if (amount > payable.outstanding()) {
            throw new InvalidInputException(Map.of("form", "error.payMoreThanOwed",
                    "amount", Long.toString(payable.outstanding())));
        }
        String note = request.note() == null || request.note().isEmpty() ? null : request.note();
        if (note != null && note.length() > 255) {
            throw InvalidInputException.of("note", "error.tooLong255");
        }
        Instant now = BusinessDay.ofNode().now();
        SupplierPayment payment = new SupplierPayment(payable.stockInId(), amount, now, request.userId(),
                request.fromDrawer(), note, request.idempotencyKey(), identity.node());
        em.persist(payment);
        if (request.fromDrawer()) {
            till.moveCash(request.idempotencyKey(), request.userId(), TillCashMove.Direction.OUT, amount,
                    "Bayar " + payable.supplier() + " " + payable.reference());
        }
        audit.record("PAY", "stock_in", payable.stockInId(), payable.supplier() + " " + payable.reference() + " "
                + amount + (request.fromDrawer() ? " dari laci" : ""));
        return payment;
    }

    /** The payment a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SupplierPayment> findByKey(String key) {
        return em.createNamedQuery("SupplierPayment.byIdempotencyKey", SupplierPayment.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
