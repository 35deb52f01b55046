package id.cermin.returns;

import id.cermin.inventory.StockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One line sent back: which line of the goods receipt, how much, at the cost it was bought for. */
@Entity
@Table(name = "purchase_return_line")
public class PurchaseReturnLine extends StockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private PurchaseReturn purchaseReturn;
    @Column(name = "stock_in_line_id", nullable = false, updatable = false)
    private String stockInLineId;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;

    protected PurchaseReturnLine() {
    }

    PurchaseReturnLine(PurchaseReturn purchaseReturn, int lineNo, String stockInLineId, String productId,
                       String productName, String unitCode, BigDecimal quantity, long unitCost, long lineTotal,
                       String originNode) {
        super(lineNo, productId, productName, unitCode, quantity, lineTotal, originNode);
        this.purchaseReturn = purchaseReturn;
        this.stockInLineId = stockInLineId;
        this.unitCost = unitCost;
    }

    public long getUnitCost() {
        return unitCost;
    }
}
