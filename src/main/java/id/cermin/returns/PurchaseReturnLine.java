package id.cermin.returns;

import id.cermin.inventory.StockLine;
import id.cermin.stockin.StockInLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line sent back: which line of the goods receipt, how much (in the unit it was received
 * in), at the cost it was bought for. The line received says how many base units that unit held.
 */
@Entity
@Table(name = "purchase_return_line")
public class PurchaseReturnLine extends StockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private PurchaseReturn purchaseReturn;
    @Column(name = "stock_in_line_id", nullable = false, updatable = false)
    private String stockInLineId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "stock_in_line_id", insertable = false, updatable = false)
    private StockInLine returnedLine;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;

    protected PurchaseReturnLine() {
    }

    PurchaseReturnLine(PurchaseReturn purchaseReturn, int lineNo, StockInLine returned, BigDecimal quantity,
                       long unitCost, long lineTotal, String originNode) {
        super(lineNo, returned.getProductId(), returned.getProductName(), returned.getUnitCode(), quantity, lineTotal,
                originNode);
        this.purchaseReturn = purchaseReturn;
        this.stockInLineId = returned.getId();
        this.returnedLine = returned;
        this.unitCost = unitCost;
    }

    @Override
    public BigDecimal getUnitFactor() {
        return returnedLine.getUnitFactor();
    }

    public long getUnitCost() {
        return unitCost;
    }
}
