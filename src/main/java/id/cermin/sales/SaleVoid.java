package id.cermin.sales;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A sale taken back ("batalkan"): who, when and why. Insert-only, at most one per sale. */
@Entity
@Table(name = "sale_void")
public class SaleVoid {

    @Id
    private String id;
    @Column(name = "sale_id", nullable = false, updatable = false)
    private String saleId;
    @Column(name = "voided_by", nullable = false, updatable = false)
    private String voidedBy;
    @Column(name = "voided_at", nullable = false, updatable = false)
    private Instant voidedAt;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected SaleVoid() {
    }

    SaleVoid(String saleId, String voidedBy, Instant voidedAt, String reason, String originNode) {
        this.id = Ids.newId();
        this.saleId = saleId;
        this.voidedBy = voidedBy;
        this.voidedAt = voidedAt;
        this.reason = reason;
        this.originNode = originNode;
    }
}
