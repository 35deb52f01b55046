package id.cermin.inventory;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every line of a sale or a stock-in carries: its number, the product with its name
 * and the unit it was sold or received in as they were then (the receipt and reports stay
 * true after a rename), how many base units that unit held, the quantity in that unit, the
 * line's total in rupiah, and the node that wrote it. Written once. Stock moves by the
 * quantity in base units.
 */
@MappedSuperclass
public abstract class StockLine {

    @Id
    private String id;
    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;
    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;
    @Column(name = "product_name", nullable = false, updatable = false)
    private String productName;
    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;
    @Column(name = "unit_factor", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal unitFactor;
    @Column(nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;
    @Column(name = "line_total", nullable = false, updatable = false)
    private long lineTotal;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockLine() {
    }

    protected StockLine(int lineNo, String productId, String productName, String unitCode, BigDecimal unitFactor,
                        BigDecimal quantity, long lineTotal, String originNode) {
        this.id = Ids.newId();
        this.lineNo = lineNo;
        this.productId = productId;
        this.productName = productName;
        this.unitCode = unitCode;
        this.unitFactor = unitFactor;
        this.quantity = quantity;
        this.lineTotal = lineTotal;
        this.originNode = originNode;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitFactor() {
        return unitFactor;
    }

    /** True when the line was in the product's base unit. */
    public boolean isInBaseUnit() {
        return unitFactor.compareTo(BigDecimal.ONE) == 0;
    }

    /** The quantity in the product's base unit: what the stock moved by (exact, checked when written). */
    public BigDecimal getBaseQuantity() {
        return quantity.multiply(unitFactor).setScale(3, RoundingMode.UNNECESSARY);
    }

    public long getLineTotal() {
        return lineTotal;
    }
}
