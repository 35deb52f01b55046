package id.cermin.returns;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
public class PurchaseReturn extends ReturnEntry {

    @Column(name = "stock_in_id", nullable = false, updatable = false)
    private String stockInId;
    @Column(name = "total_cost", nullable = false, updatable = false)
    private long totalCost;

    @OneToMany(mappedBy = "purchaseReturn", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<PurchaseReturnLine> lines = new ArrayList<>();

    protected PurchaseReturn() {
    }

    PurchaseReturn(String stockInId, String reference, Instant returnedAt, String returnedBy, String reason,
                   String idempotencyKey, String originNode) {
        super(reference, returnedAt, returnedBy, reason, idempotencyKey, originNode);
        this.stockInId = stockInId;
    }

    void addLine(PurchaseReturnLine line) {
        lines.add(line);
        totalCost += line.getLineTotal();
    }

    public String getStockInId() {
        return stockInId;
    }

    public long getTotalCost() {
        return totalCost;
    }

    public List<PurchaseReturnLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
