package id.cermin.returns;

import id.cermin.platform.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** Lines of a sale brought back (retur penjualan), with the money paid back. Written once. */
@Entity
@Table(name = "sale_return")
@NamedQuery(name = "SaleReturn.byIdempotencyKey", query = "SELECT r FROM SaleReturn r WHERE r.idempotencyKey = :key")
@NamedQuery(name = "SaleReturn.ofSale", query = "SELECT r FROM SaleReturn r WHERE r.saleId = :saleId"
        + " ORDER BY r.returnedAt, r.id")
public class SaleReturn {

    @Id
    private String id;
    @Column(name = "sale_id", nullable = false, updatable = false)
    private String saleId;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;
    @Column(name = "returned_by", nullable = false, updatable = false)
    private String returnedBy;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(nullable = false, updatable = false)
    private boolean restocked;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Settlement settlement;
    @Column(nullable = false, updatable = false)
    private long refund;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "saleReturn", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SaleReturnLine> lines = new ArrayList<>();

    protected SaleReturn() {
    }

    SaleReturn(String saleId, String reference, Instant returnedAt, String returnedBy, String reason,
               boolean restocked, Settlement settlement, String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.saleId = saleId;
        this.reference = reference;
        this.returnedAt = returnedAt;
        this.returnedBy = returnedBy;
        this.reason = reason;
        this.restocked = restocked;
        this.settlement = settlement;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    void addLine(SaleReturnLine line) {
        lines.add(line);
        refund += line.getLineTotal();
    }

    public String getId() {
        return id;
    }

    public String getSaleId() {
        return saleId;
    }

    public String getReference() {
        return reference;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public String getReason() {
        return reason;
    }

    public boolean isRestocked() {
        return restocked;
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public long getRefund() {
        return refund;
    }

    public List<SaleReturnLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
