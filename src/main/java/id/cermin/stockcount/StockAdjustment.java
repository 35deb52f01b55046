package id.cermin.stockcount;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One change of stock that no sale or receipt explains: how much, why, its value at the
 * cost price then, who and when, and the opname it came from if any. Written once, with
 * its ADJUSTMENT movement in the same transaction.
 */
@Entity
@Table(name = "stock_adjustment")
public class StockAdjustment {

    @Id
    private String id;
    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;
    @Column(nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal delta;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AdjustmentReason reason;
    @Column(updatable = false)
    private String note;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;
    @Column(name = "count_id", updatable = false)
    private String countId;
    @Column(name = "adjusted_at", nullable = false, updatable = false)
    private Instant adjustedAt;
    @Column(name = "adjusted_by", nullable = false, updatable = false)
    private String adjustedBy;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockAdjustment() {
    }

    StockAdjustment(String productId, BigDecimal delta, AdjustmentReason reason, String note, long unitCost,
                    String countId, Instant adjustedAt, String adjustedBy, String originNode) {
        this.id = Ids.newId();
        this.productId = productId;
        this.delta = delta;
        this.reason = reason;
        this.note = note;
        this.unitCost = unitCost;
        this.countId = countId;
        this.adjustedAt = adjustedAt;
        this.adjustedBy = adjustedBy;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
    }

    public String getProductId() {
        return productId;
    }

    public BigDecimal getDelta() {
        return delta;
    }

    public AdjustmentReason getReason() {
        return reason;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }
}
