package id.cermin.inventory;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every void row carries: who took the sale or stock-in back, when, why, and on
 * which node. Insert-only; each table's unique key allows one per sale or stock-in.
 */
@MappedSuperclass
public abstract class VoidEntry {

    @Id
    private String id;
    @Column(name = "voided_by", nullable = false, updatable = false)
    private String voidedBy;
    @Column(name = "voided_at", nullable = false, updatable = false)
    private Instant voidedAt;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected VoidEntry() {
    }

    protected VoidEntry(VoidRequest request, Instant voidedAt, String originNode) {
        this.id = Ids.newId();
        this.voidedBy = request.userId();
        this.voidedAt = voidedAt;
        this.reason = request.reason();
        this.originNode = originNode;
    }
}
