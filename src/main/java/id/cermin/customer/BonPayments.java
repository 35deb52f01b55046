package id.cermin.customer;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.ReceiptNumbers;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Takes payments of bons at this store, and takes a mistaken one back. A payment is at
 * most what the customer owes here (the store's bons are the store's to collect); which
 * bons it settles follows from the rule of {@link Bon#settle}: the oldest first. The
 * customer's row is locked while its balance is read, so two counters taking payments at
 * once never take more than is owed.
 */
@Stateless
public class BonPayments {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private Receivables receivables;

    @Inject
    private ReceiptNumbers numbers;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public CustomerPayment receive(BonPaymentRequest request) {
        Optional<CustomerPayment> done = findByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        refuseOnHub();
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.amount() == null || request.amount() <= 0) {
            errors.put("amount", "error.paymentAmount");
        }
        if (request.method() == null) {
            errors.put("method", "error.paymentMethod");
        }
        if (length(request.reference()) > 60) {
            errors.put("reference", "error.tooLong60");
        }
        if (length(request.note()) > 255) {
            errors.put("note", "error.tooLong255");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BusinessDay days = BusinessDay.ofNode();
        Instant now = days.now();
        String receiptNo = numbers.next(identity.node(), days.dayOf(now), "B");
        Customer customer = lockedCustomer(request.customerId());
        long owed = receivables.balanceHere(customer.getId());
        if (request.amount() > owed) {
            throw InvalidInputException.of("amount", "error.paymentOverBalance");
        }
        CustomerPayment payment = new CustomerPayment(receiptNo, customer.getId(), now, request.amount(),
                request.method(), blankToNull(request.reference()), blankToNull(request.note()), request.receivedBy(),
                null, request.idempotencyKey(), identity.node());
        em.persist(payment);
        audit.record("CREATE", "customer_payment", payment.getId(), receiptNo + " " + customer.getName() + " "
                + request.amount() + " " + request.method());
        return payment;
    }

    /** Takes a payment made here back with a row of its own, once; the reason goes with it. */
    public CustomerPayment reverse(String paymentId, String reason, String userId, String idempotencyKey) {
        Optional<CustomerPayment> done = findByKey(idempotencyKey);
        if (done.isPresent()) {
            return done.get();
        }
        CustomerPayment original = paymentId == null ? null : em.find(CustomerPayment.class, paymentId);
        if (original == null || original.isReversal()) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        if (!original.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.voidElsewhere", "argument", original.getOriginNode()));
        }
        BusinessDay days = BusinessDay.ofNode();
        Instant now = days.now();
        String receiptNo = numbers.next(identity.node(), days.dayOf(now), "B");
        lockedCustomer(original.getCustomerId());
        if (!em.createNamedQuery("CustomerPayment.reversalOf", CustomerPayment.class).setParameter("id", paymentId)
                .getResultList().isEmpty()) {
            throw InvalidInputException.of("form", "error.alreadyVoided");
        }
        CustomerPayment reversal = new CustomerPayment(receiptNo, original.getCustomerId(), now, -original.getAmount(),
                original.getMethod(), original.getReceiptNo(), reason, userId, original.getId(), idempotencyKey,
                identity.node());
        em.persist(reversal);
        audit.record("VOID", "customer_payment", original.getId(), original.getReceiptNo() + ": " + reason);
        return reversal;
    }

    /** The payment a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<CustomerPayment> findByKey(String key) {
        return em.createNamedQuery("CustomerPayment.byIdempotencyKey", CustomerPayment.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<CustomerPayment> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(CustomerPayment.class, id));
    }

    private Customer lockedCustomer(String id) {
        Customer customer = id == null ? null : em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw InvalidInputException.of("form", "error.unknownCustomer");
        }
        return customer;
    }

    private void refuseOnHub() {
        if (identity.role() == NodeIdentity.Role.HUB) {
            throw InvalidInputException.of("form", "error.bonOnHub");
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
