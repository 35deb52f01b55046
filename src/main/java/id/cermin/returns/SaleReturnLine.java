package id.cermin.returns;

import id.cermin.inventory.StockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One line brought back: which line of the sale, how much, at the price it was sold for. */
@Entity
@Table(name = "sale_return_line")
public class SaleReturnLine extends StockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private SaleReturn saleReturn;
    @Column(name = "sale_line_id", nullable = false, updatable = false)
    private String saleLineId;
    @Column(name = "unit_price", nullable = false, updatable = false)
    private long unitPrice;

    protected SaleReturnLine() {
    }

    SaleReturnLine(SaleReturn saleReturn, int lineNo, String saleLineId, String productId, String productName,
                   String unitCode, BigDecimal quantity, long unitPrice, long lineTotal, String originNode) {
        super(lineNo, productId, productName, unitCode, quantity, lineTotal, originNode);
        this.saleReturn = saleReturn;
        this.saleLineId = saleLineId;
        this.unitPrice = unitPrice;
    }

    public long getUnitPrice() {
        return unitPrice;
    }
}
