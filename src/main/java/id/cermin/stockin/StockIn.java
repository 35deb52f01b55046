package id.cermin.stockin;

import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockMove;
import id.cermin.inventory.Voidable;
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

/** Goods received from a supplier (barang masuk). Written once, never updated: a void is a row of its own. */
@Entity
@Table(name = "stock_in")
@NamedQuery(name = "StockIn.byIdempotencyKey", query = "SELECT s FROM StockIn s WHERE s.idempotencyKey = :key")
public class StockIn implements Voidable {

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(updatable = false)
    private String supplier;
    @Column(name = "supplier_id", updatable = false)
    private String supplierId;
    @Column(name = "credit_days", nullable = false, updatable = false)
    private int creditDays;
    @Column(updatable = false)
    private String note;
    @Column(name = "total_cost", nullable = false, updatable = false)
    private long totalCost;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "stockIn", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<StockInLine> lines = new ArrayList<>();

    protected StockIn() {
    }

    StockIn(String reference, String receivedBy, Instant receivedAt, String supplierId, String supplier,
            int creditDays, String note, String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.reference = reference;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.supplierId = supplierId;
        this.supplier = supplier;
        this.creditDays = creditDays;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    void addLine(StockInLine line) {
        lines.add(line);
        totalCost += line.getLineTotal();
    }

    @Override
    public List<StockMove> movements() {
        return lines.stream().map(line -> new StockMove(line.getProductId(), line.getBaseQuantity())).toList();
    }

    @Override
    public MovementKind voidKind() {
        return MovementKind.STOCK_IN_VOID;
    }

    @Override
    public String auditEntity() {
        return "stock_in";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getReference() {
        return reference;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getSupplierId() {
        return supplierId;
    }

    /** Days after the day of receipt by which it must be paid; 0 when it was paid on receipt. */
    public int getCreditDays() {
        return creditDays;
    }

    public String getNote() {
        return note;
    }

    public long getTotalCost() {
        return totalCost;
    }

    @Override
    public String getOriginNode() {
        return originNode;
    }

    public List<StockInLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
