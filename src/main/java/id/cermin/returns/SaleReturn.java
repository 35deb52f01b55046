package id.cermin.returns;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
public class SaleReturn extends ReturnEntry {

    @Column(name = "sale_id", nullable = false, updatable = false)
    private String saleId;
    @Column(nullable = false, updatable = false)
    private boolean restocked;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Settlement settlement;
    @Column(nullable = false, updatable = false)
    private long refund;

    @OneToMany(mappedBy = "saleReturn", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SaleReturnLine> lines = new ArrayList<>();

    protected SaleReturn() {
    }

    SaleReturn(String saleId, String reference, Instant returnedAt, String returnedBy, String reason,
               boolean restocked, Settlement settlement, String idempotencyKey, String originNode) {
        super(reference, returnedAt, returnedBy, reason, idempotencyKey, originNode);
        this.saleId = saleId;
        this.restocked = restocked;
        this.settlement = settlement;
    }

    void addLine(SaleReturnLine line) {
        lines.add(line);
        refund += line.getLineTotal();
    }

    public String getSaleId() {
        return saleId;
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
