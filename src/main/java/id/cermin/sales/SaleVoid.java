package id.cermin.sales;

import id.cermin.inventory.VoidEntry;
import id.cermin.inventory.VoidRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A sale taken back ("batalkan"): who, when and why. Insert-only, at most one per sale. */
@Entity
@Table(name = "sale_void")
@NamedQuery(name = "SaleVoid.countFor", query = "SELECT COUNT(v) FROM SaleVoid v WHERE v.saleId = :id")
public class SaleVoid extends VoidEntry {

    @Column(name = "sale_id", nullable = false, updatable = false)
    private String saleId;

    protected SaleVoid() {
    }

    SaleVoid(String saleId, VoidRequest request, Instant voidedAt, String originNode) {
        super(request, voidedAt, originNode);
        this.saleId = saleId;
    }
}
