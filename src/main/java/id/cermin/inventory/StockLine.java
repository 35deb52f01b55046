package id.cermin.inventory;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every line of a sale, a stock-in or a return carries: its number, the product with its name
 * and the unit it was sold, received or returned in as they were then (the receipt and reports
 * stay true after a rename), the quantity in that unit, the line's total in rupiah, and the node
 * that wrote it. Written once. Stock moves by the quantity in base units: the quantity times
 * how many base units the unit held ({@link #getUnitFactor()}, kept by the line that sold or
 * received it, see {@link UnitStockLine}; a return takes it from the line it returns).
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
    @Column(nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;
    @Column(name = "line_total", nullable = false, updatable = false)
    private long lineTotal;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockLine() {
    }

    protected StockLine(int lineNo, String productId, String productName, String unitCode, BigDecimal quantity,
                        long lineTotal, String originNode) {
        this.id = Ids.newId();
        this.lineNo = lineNo;
        this.productId = productId;
        this.productName = productName;
        this.unitCode = unitCode;
        this.quantity = quantity;
        this.lineTotal = lineTotal;
        this.originNode = originNode;
    }

    public String getId() {
        return id;
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

    /** How many base units one of the line's unit held (1 for the base unit). */
    public abstract BigDecimal getUnitFactor();

    /** True when the line was in the product's base unit. */
    public boolean isInBaseUnit() {
        return getUnitFactor().compareTo(BigDecimal.ONE) == 0;
    }

    /** The quantity in the product's base unit: what the stock moved by (exact, checked when written). */
    public BigDecimal getBaseQuantity() {
        return quantity.multiply(getUnitFactor()).setScale(3, RoundingMode.UNNECESSARY);
    }

    public long getLineTotal() {
        return lineTotal;
    }
}
