package id.cermin.stockcount;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One count of one product: what was on the shelf, and what the ledger said was on this
 * store's shelf at that very moment (read with the stock row locked). A recount is a new
 * row; the latest counts.
 */
@Entity
@Table(name = "stock_count_entry")
@NamedQuery(name = "StockCountEntry.ofCount",
        query = "SELECT e FROM StockCountEntry e WHERE e.countId = :countId ORDER BY e.countedAt, e.id")
public class StockCountEntry {

    @Id
    private String id;
    @Column(name = "count_id", nullable = false, updatable = false)
    private String countId;
    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;
    @Column(nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal counted;
    @Column(nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal expected;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;
    @Column(name = "counted_at", nullable = false, updatable = false)
    private Instant countedAt;
    @Column(name = "counted_by", nullable = false, updatable = false)
    private String countedBy;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockCountEntry() {
    }

    StockCountEntry(String countId, String productId, BigDecimal counted, BigDecimal expected, long unitCost,
                    Instant countedAt, String countedBy, String originNode) {
        this.id = Ids.newId();
        this.countId = countId;
        this.productId = productId;
        this.counted = counted;
        this.expected = expected;
        this.unitCost = unitCost;
        this.countedAt = countedAt;
        this.countedBy = countedBy;
        this.originNode = originNode;
    }

    public String getProductId() {
        return productId;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public long getUnitCost() {
        return unitCost;
    }

    /** Counted minus expected: what the confirmation adds to (or takes from) the shelf. */
    public BigDecimal difference() {
        return counted.subtract(expected);
    }
}
