package id.cermin.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;

/**
 * A line that sold or received goods in one of the product's units and keeps how many base
 * units that unit held at the time (1 sak = 40 kg), so the stock it moved stays exact after
 * the product's units change.
 */
@MappedSuperclass
public abstract class UnitStockLine extends StockLine {

    @Column(name = "unit_factor", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal unitFactor;

    protected UnitStockLine() {
    }

    protected UnitStockLine(int lineNo, String productId, String productName, String unitCode, BigDecimal unitFactor,
                            BigDecimal quantity, long lineTotal, String originNode) {
        super(lineNo, productId, productName, unitCode, quantity, lineTotal, originNode);
        this.unitFactor = unitFactor;
    }

    @Override
    public BigDecimal getUnitFactor() {
        return unitFactor;
    }
}
