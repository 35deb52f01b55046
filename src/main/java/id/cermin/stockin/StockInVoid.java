package id.cermin.stockin;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stock-in taken back ("batalkan"): who, when and why. Insert-only, at most one per stock-in. */
@Entity
@Table(name = "stock_in_void")
@NamedQuery(name = "StockInVoid.countFor", query = "SELECT COUNT(v) FROM StockInVoid v WHERE v.stockInId = :id")
public class StockInVoid {

    @Id
    private String id;
    @Column(name = "stock_in_id", nullable = false, updatable = false)
    private String stockInId;
    @Column(name = "voided_by", nullable = false, updatable = false)
    private String voidedBy;
    @Column(name = "voided_at", nullable = false, updatable = false)
    private Instant voidedAt;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockInVoid() {
    }

    StockInVoid(String stockInId, String voidedBy, Instant voidedAt, String reason, String originNode) {
        this.id = Ids.newId();
        this.stockInId = stockInId;
        this.voidedBy = voidedBy;
        this.voidedAt = voidedAt;
        this.reason = reason;
        this.originNode = originNode;
    }
}
