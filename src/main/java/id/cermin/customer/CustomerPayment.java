package id.cermin.customer;

import id.cermin.payment.PaymentMethod;
import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A payment of a customer's bon at this store (pembayaran bon), with its own receipt
 * number. Written once: a payment entered by mistake is taken back by another payment row
 * with the negative amount that names it ({@code reverses_id}).
 */
@Entity
@Table(name = "customer_payment")
@NamedQuery(name = "CustomerPayment.byIdempotencyKey",
        query = "SELECT p FROM CustomerPayment p WHERE p.idempotencyKey = :key")
@NamedQuery(name = "CustomerPayment.reversalOf", query = "SELECT p FROM CustomerPayment p WHERE p.reversesId = :id")
public class CustomerPayment {

    @Id
    private String id;
    @Column(name = "receipt_no", nullable = false, updatable = false)
    private String receiptNo;
    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;
    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;
    @Column(nullable = false, updatable = false)
    private long amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;
    @Column(updatable = false)
    private String reference;
    @Column(updatable = false)
    private String note;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "reverses_id", updatable = false)
    private String reversesId;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected CustomerPayment() {
    }

    CustomerPayment(String receiptNo, String customerId, Instant paidAt, long amount, PaymentMethod method,
                    String reference, String note, String receivedBy, String reversesId, String idempotencyKey,
                    String originNode) {
        this.id = Ids.newId();
        this.receiptNo = receiptNo;
        this.customerId = customerId;
        this.paidAt = paidAt;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.note = note;
        this.receivedBy = receivedBy;
        this.reversesId = reversesId;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public long getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getReversesId() {
        return reversesId;
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    public String getOriginNode() {
        return originNode;
    }
}
