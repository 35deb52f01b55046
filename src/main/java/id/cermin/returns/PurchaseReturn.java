package id.cermin.returns;

import id.cermin.platform.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Goods sent back to the supplier against a goods receipt (retur pembelian). Written once. */
@Entity
@Table(name = "purchase_return")
@NamedQuery(name = "PurchaseReturn.byIdempotencyKey",
        query = "SELECT r FROM PurchaseReturn r WHERE r.idempotencyKey = :key")
@NamedQuery(name = "PurchaseReturn.ofStockIn", query = "SELECT r FROM PurchaseReturn r WHERE r.stockInId = :stockInId"
        + " ORDER BY r.returnedAt, r.id")
public class PurchaseReturn {

    @Id
    private String id;
    @Column(name = "stock_in_id", nullable = false, updatable = false)
    private String stockInId;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;
    @Column(name = "returned_by", nullable = false, updatable = false)
    private String returnedBy;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "total_cost", nullable = false, updatable = false)
    private long totalCost;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "purchaseReturn", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<PurchaseReturnLine> lines = new ArrayList<>();

    protected PurchaseReturn() {
    }

    PurchaseReturn(String stockInId, String reference, Instant returnedAt, String returnedBy, String reason,
                   String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.stockInId = stockInId;
        this.reference = reference;
        this.returnedAt = returnedAt;
        this.returnedBy = returnedBy;
        this.reason = reason;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    void addLine(PurchaseReturnLine line) {
        lines.add(line);
        totalCost += line.getLineTotal();
    }

    public String getId() {
        return id;
    }

    public String getStockInId() {
        return stockInId;
    }

    public String getReference() {
        return reference;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReason() {
        return reason;
    }

    public long getTotalCost() {
        return totalCost;
    }

    public List<PurchaseReturnLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
