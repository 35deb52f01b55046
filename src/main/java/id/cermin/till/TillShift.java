package id.cermin.till;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A cashier's shift at this node's till, from the cash in the drawer at the start. Written once. */
@Entity
@Table(name = "till_shift")
@NamedQuery(name = "TillShift.byIdempotencyKey", query = "SELECT s FROM TillShift s WHERE s.idempotencyKey = :key")
@NamedQuery(name = "TillShift.openOf", query = "SELECT s FROM TillShift s WHERE s.cashierId = :cashierId"
        + " AND s.originNode = :node AND NOT EXISTS (SELECT c FROM TillShiftClose c WHERE c.shiftId = s.id)"
        + " ORDER BY s.openedAt DESC")
public class TillShift {

    @Id
    private String id;
    @Column(name = "cashier_id", nullable = false, updatable = false)
    private String cashierId;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    @Column(name = "opening_cash", nullable = false, updatable = false)
    private long openingCash;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected TillShift() {
    }

    TillShift(String cashierId, Instant openedAt, long openingCash, String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.cashierId = cashierId;
        this.openedAt = openedAt;
        this.openingCash = openingCash;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
    }

    public String getCashierId() {
        return cashierId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getOpeningCash() {
        return openingCash;
    }

    public String getOriginNode() {
        return originNode;
    }
}
