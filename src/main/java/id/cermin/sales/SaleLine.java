package id.cermin.sales;

import id.cermin.inventory.StockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line of a sale, with the unit price and unit cost as they were at the time of
 * sale, so profit stays true after prices change.
 */
@Entity
@Table(name = "sale_line")
public class SaleLine extends StockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;
    @Column(name = "unit_price", nullable = false, updatable = false)
    private long unitPrice;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, String productId, String productName, String unitCode, BigDecimal quantity,
             long unitPrice, long unitCost, long lineTotal, String originNode) {
        super(lineNo, productId, productName, unitCode, quantity, lineTotal, originNode);
        this.sale = sale;
        this.unitPrice = unitPrice;
        this.unitCost = unitCost;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public long getUnitCost() {
        return unitCost;
    }
}
