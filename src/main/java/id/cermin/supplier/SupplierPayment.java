package id.cermin.supplier;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A payment towards one goods receipt bought on credit. Written once. */
@Entity
@Table(name = "supplier_payment")
@NamedQuery(name = "SupplierPayment.byIdempotencyKey",
        query = "SELECT p FROM SupplierPayment p WHERE p.idempotencyKey = :key")
public class SupplierPayment {

    @Id
    private String id;
    @Column(name = "stock_in_id", nullable = false, updatable = false)
    private String stockInId;
    @Column(nullable = false, updatable = false)
    private long amount;
    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;
    @Column(name = "paid_by", nullable = false, updatable = false)
    private String paidBy;
    @Column(name = "from_drawer", nullable = false, updatable = false)
    private boolean fromDrawer;
    @Column(updatable = false)
    private String note;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected SupplierPayment() {
    }

    SupplierPayment(String stockInId, long amount, Instant paidAt, String paidBy, boolean fromDrawer, String note,
                    String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.stockInId = stockInId;
        this.amount = amount;
        this.paidAt = paidAt;
        this.paidBy = paidBy;
        this.fromDrawer = fromDrawer;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
    }

    public long getAmount() {
        return amount;
    }
}
