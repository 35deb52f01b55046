package id.cermin.returns;

import id.cermin.inventory.StockLine;
import id.cermin.sales.SaleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line brought back: which line of the sale, how much (in the unit it was sold in), at
 * the price it was sold for. The line sold says how many base units that unit held.
 */
@Entity
@Table(name = "sale_return_line")
public class SaleReturnLine extends StockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private SaleReturn saleReturn;
    @Column(name = "sale_line_id", nullable = false, updatable = false)
    private String saleLineId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_line_id", insertable = false, updatable = false)
    private SaleLine returnedLine;
    @Column(name = "unit_price", nullable = false, updatable = false)
    private long unitPrice;

    protected SaleReturnLine() {
    }

    SaleReturnLine(SaleReturn saleReturn, int lineNo, SaleLine returned, BigDecimal quantity, long unitPrice,
                   long lineTotal, String originNode) {
        super(lineNo, returned.getProductId(), returned.getProductName(), returned.getUnitCode(), quantity, lineTotal,
                originNode);
        this.saleReturn = saleReturn;
        this.saleLineId = returned.getId();
        this.returnedLine = returned;
        this.unitPrice = unitPrice;
    }

    @Override
    public BigDecimal getUnitFactor() {
        return returnedLine.getUnitFactor();
    }

    public long getUnitPrice() {
        return unitPrice;
    }
}
