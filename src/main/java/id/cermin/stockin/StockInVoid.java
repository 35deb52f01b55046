package id.cermin.stockin;

import id.cermin.inventory.VoidEntry;
import id.cermin.inventory.VoidRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stock-in taken back ("batalkan"): who, when and why. Insert-only, at most one per stock-in. */
@Entity
@Table(name = "stock_in_void")
@NamedQuery(name = "StockInVoid.countFor", query = "SELECT COUNT(v) FROM StockInVoid v WHERE v.stockInId = :id")
public class StockInVoid extends VoidEntry {

    @Column(name = "stock_in_id", nullable = false, updatable = false)
    private String stockInId;

    protected StockInVoid() {
    }

    StockInVoid(String stockInId, VoidRequest request, Instant voidedAt, String originNode) {
        super(request, voidedAt, originNode);
        this.stockInId = stockInId;
    }
}
