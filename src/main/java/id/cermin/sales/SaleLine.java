package id.cermin.sales;

import id.cermin.inventory.UnitStockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a sale, with the price of the unit sold and the cost of one base unit as
 * they were at the time of sale, so profit stays true after prices change: the line
 * earned its total less the cost of its quantity in base units. A discount taken off the
 * line is kept with it.
 */
@Entity
@Table(name = "sale_line")
public class SaleLine extends UnitStockLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;
    @Column(name = "unit_price", nullable = false, updatable = false)
    private long unitPrice;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;
    @Column(nullable = false, updatable = false)
    private long discount;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, String productId, String productName, String unitCode, BigDecimal unitFactor,
             BigDecimal quantity, long unitPrice, long baseUnitCost, long discount, long lineTotal, String originNode) {
        super(lineNo, productId, productName, unitCode, unitFactor, quantity, lineTotal, originNode);
        this.sale = sale;
        this.unitPrice = unitPrice;
        this.unitCost = baseUnitCost;
        this.discount = discount;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    /** The cost of one base unit of the product when it was sold. */
    public long getUnitCost() {
        return unitCost;
    }

    /** The cost of one of the unit sold, in whole rupiah (for showing). */
    public long getSoldUnitCost() {
        return BigDecimal.valueOf(unitCost).multiply(getUnitFactor()).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    public long getDiscount() {
        return discount;
    }

    /** The line before its discount. */
    public long getGross() {
        return getLineTotal() + discount;
    }
}
