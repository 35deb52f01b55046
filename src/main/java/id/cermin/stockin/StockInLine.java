package id.cermin.stockin;

import id.cermin.inventory.UnitStockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One line of goods received in one of the product's units, with the cost paid for one of that unit. */
@Entity
@Table(name = "stock_in_line")
public class StockInLine extends UnitStockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "stock_in_id", nullable = false, updatable = false)
    private StockIn stockIn;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;

    protected StockInLine() {
    }

    StockInLine(StockIn stockIn, int lineNo, String productId, String productName, String unitCode,
                BigDecimal unitFactor, BigDecimal quantity, long unitCost, long lineTotal, String originNode) {
        super(lineNo, productId, productName, unitCode, unitFactor, quantity, lineTotal, originNode);
        this.stockIn = stockIn;
        this.unitCost = unitCost;
    }

    public long getUnitCost() {
        return unitCost;
    }
}
