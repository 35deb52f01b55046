package id.cermin.till;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** Cash put into (IN) or taken out of (OUT) the drawer during a shift, with a reason. Written once. */
@Entity
@Table(name = "till_cash_move")
@NamedQuery(name = "TillCashMove.byIdempotencyKey",
        query = "SELECT m FROM TillCashMove m WHERE m.idempotencyKey = :key")
@NamedQuery(name = "TillCashMove.ofShift",
        query = "SELECT m FROM TillCashMove m WHERE m.shiftId = :shiftId ORDER BY m.movedAt, m.id")
public class TillCashMove {

    /** Into the drawer or out of it. */
    public enum Direction { IN, OUT }

    @Id
    private String id;
    @Column(name = "shift_id", nullable = false, updatable = false)
    private String shiftId;
    @Column(nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Column(nullable = false, updatable = false)
    private long amount;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;
    @Column(name = "moved_by", nullable = false, updatable = false)
    private String movedBy;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected TillCashMove() {
    }

    TillCashMove(String shiftId, Direction direction, long amount, String reason, Instant movedAt, String movedBy,
                 String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.shiftId = shiftId;
        this.direction = direction;
        this.amount = amount;
        this.reason = reason;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    public Direction getDirection() {
        return direction;
    }

    public long getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    /** The amount as it moves the drawer: positive in, negative out. */
    public long signedAmount() {
        return direction == Direction.IN ? amount : -amount;
    }
}
