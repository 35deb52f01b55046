package id.cermin.stockcount;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An opname: the shelf of one category (or of every category) counted on this node.
 * Written once; what was counted are {@link StockCountEntry} rows, and its end is one
 * {@link StockCountClose}.
 */
@Entity
@Table(name = "stock_count")
public class StockCount {

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "category_id", updatable = false)
    private String categoryId;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;
    @Column(updatable = false)
    private String note;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockCount() {
    }

    StockCount(String reference, String categoryId, Instant startedAt, String startedBy, String note,
               String originNode) {
        this.id = Ids.newId();
        this.reference = reference;
        this.categoryId = categoryId;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.note = note;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getNote() {
        return note;
    }

    public String getOriginNode() {
        return originNode;
    }
}
