package id.cermin.transfer;

import id.cermin.audit.AuditTrail;
import id.cermin.branch.Branches;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.ReceiptNumbers;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends goods to another store and takes them in there. Sending writes the transfer, its
 * lines and the sending shelf's movements out in one transaction (a form sent twice sends
 * once); receiving, only at the store the goods went to, writes the receipt and that
 * shelf's movements in, and happens once: the receipt is unique per transfer, so a second
 * press, at once or later, finds the first one instead.
 */
@Stateless
public class TransferService {

    static final int MAX_LINES = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final int MAX_NOTE = 500;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private Branches branches;

    @Inject
    private ReceiptNumbers numbers;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Sends the goods; returns the transfer (an earlier one if the key was used). */
    public StockTransfer send(TransferRequest request) {
        Optional<StockTransfer> done = findByKey(request.idempotencyKey());
        if (done.isPresent()) {
            return done.get();
        }
        if (identity.role() != NodeIdentity.Role.STORE) {
            throw InvalidInputException.of("form", "error.transferFromHub");
        }
        String to = request.toStore();
        if (to == null || to.equals(identity.node())
                || branches.byNode(to).filter(b -> !b.isArchived()).isEmpty()) {
            throw InvalidInputException.of("toStore", "error.transferDestination");
        }
        if (request.lines().isEmpty()) {
            throw InvalidInputException.of("form", "error.emptyCart");
        }
        if (request.lines().size() > MAX_LINES) {
            throw InvalidInputException.of("form", "error.tooManyLines");
        }
        checkNote(request.note());
        BusinessDay businessDay = BusinessDay.ofNode();
        Instant now = businessDay.now();
        StockTransfer transfer = new StockTransfer(numbers.next(identity.node(), businessDay.dayOf(now), "T"),
                identity.node(), to, request.sentBy(), now, blankToNull(request.note()), request.idempotencyKey());
        for (TransferRequest.Line line : request.lines()) {
            Product product = products.find(line.productId()).filter(p -> !p.isArchived())
                    .orElseThrow(() -> InvalidInputException.of("form", "error.unknownProduct"));
            BigDecimal quantity = Optional.ofNullable(line.quantity())
                    .filter(q -> q.signum() > 0 && q.compareTo(MAX_QUANTITY) <= 0)
                    .orElseThrow(() -> new InvalidInputException(Map.of("form", "error.lineQuantity",
                            "argument", product.getName())));
            transfer.addLine(product.getId(), product.getName(), product.getUnitCode(), quantity);
        }
        // Stock rows first (exclusive locks, in product order), then the transfer and its lines.
        moveStock(transfer, MovementKind.TRANSFER_OUT, BigDecimal.ONE.negate(), request.sentBy(), now);
        em.persist(transfer);
        em.flush();
        audit.record("CREATE", "stock_transfer", transfer.getId(), transfer.getReference() + " ke " + to + ", "
                + transfer.getLines().size() + " baris");
        return transfer;
    }

    /** Takes the goods in at this store; returns the receipt (the first one if they were taken in before). */
    public TransferReceipt receive(ReceiveRequest request) {
        StockTransfer transfer = find(request.transferId())
                .orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        if (!transfer.getToStore().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.receiveElsewhere",
                    "argument", transfer.getToStore()));
        }
        Optional<TransferReceipt> before = receiptOf(transfer.getId());
        if (before.isPresent()) {
            return before.get();
        }
        checkNote(request.note());
        Instant now = BusinessDay.ofNode().now();
        moveStock(transfer, MovementKind.TRANSFER_IN, BigDecimal.ONE, request.receivedBy(), now);
        TransferReceipt receipt = new TransferReceipt(transfer, request.receivedBy(), now, blankToNull(request.note()));
        em.persist(receipt);
        em.flush();
        audit.record("RECEIVE", "stock_transfer", transfer.getId(), transfer.getReference() + " dari "
                + transfer.getFromStore());
        return receipt;
    }

    /** The transfer a form key already made, if any; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<StockTransfer> findByKey(String key) {
        return em.createNamedQuery("StockTransfer.byIdempotencyKey", StockTransfer.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The receipt of a transfer, if it arrived; read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TransferReceipt> receiptOf(String transferId) {
        if (!Ids.canBe(transferId)) {
            return Optional.empty();
        }
        return em.createNamedQuery("TransferReceipt.ofTransfer", TransferReceipt.class)
                .setParameter("transferId", transferId).getResultStream().findFirst();
    }

    public Optional<StockTransfer> find(String id) {
        return Optional.ofNullable(Ids.canBe(id) ? em.find(StockTransfer.class, id) : null);
    }

    /** One movement per line on this store's shelf, the stock rows locked first in product order. */
    private void moveStock(StockTransfer transfer, MovementKind kind, BigDecimal sign, String userId, Instant at) {
        List<StockTransferLine> lines = transfer.getLines().stream()
                .sorted(Comparator.comparing(StockTransferLine::getProductId)).toList();
        ledger.lockStock(lines.stream().map(StockTransferLine::getProductId).toList());
        for (StockTransferLine line : lines) {
            ledger.record(line.getProductId(), line.getQuantity().multiply(sign), kind, transfer.getId(), userId, at);
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "error.tooLong500");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
