package id.cermin.stockcount;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** The end of an opname: confirmed (its differences adjusted) or cancelled. At most one per opname. */
@Entity
@Table(name = "stock_count_close")
@NamedQuery(name = "StockCountClose.ofCount", query = "SELECT c FROM StockCountClose c WHERE c.countId = :countId")
public class StockCountClose {

    @Id
    private String id;
    @Column(name = "count_id", nullable = false, updatable = false)
    private String countId;
    @Column(nullable = false, updatable = false)
    private boolean confirmed;
    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;
    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockCountClose() {
    }

    StockCountClose(String countId, boolean confirmed, Instant closedAt, String closedBy, String originNode) {
        this.id = Ids.newId();
        this.countId = countId;
        this.confirmed = confirmed;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.originNode = originNode;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
