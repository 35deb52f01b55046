package id.cermin.returns;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What both kinds of return carry: the return's own number, who made it, when and why,
 * the form's key (sent twice, returned once) and the node that made it. Written once.
 */
@MappedSuperclass
public abstract class ReturnEntry {

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;
    @Column(name = "returned_by", nullable = false, updatable = false)
    private String returnedBy;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected ReturnEntry() {
    }

    protected ReturnEntry(String reference, Instant returnedAt, String returnedBy, String reason,
                          String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.reference = reference;
        this.returnedAt = returnedAt;
        this.returnedBy = returnedBy;
        this.reason = reason;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public String getReason() {
        return reason;
    }
}
