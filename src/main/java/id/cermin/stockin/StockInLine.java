package id.cermin.stockin;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line of goods received, with the unit cost paid and the product's name and unit as
 * they were then.
 */
@Entity
@Table(name = "stock_in_line")
public class StockInLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "stock_in_id", nullable = false, updatable = false)
    private StockIn stockIn;
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
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;
    @Column(name = "line_total", nullable = false, updatable = false)
    private long lineTotal;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockInLine() {
    }

    StockInLine(StockIn stockIn, int lineNo, String productId, String productName, String unitCode,
                BigDecimal quantity, long unitCost, long lineTotal, String originNode) {
        this.id = Ids.newId();
        this.stockIn = stockIn;
        this.lineNo = lineNo;
        this.productId = productId;
        this.productName = productName;
        this.unitCode = unitCode;
        this.quantity = quantity;
        this.unitCost = unitCost;
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

    public long getUnitCost() {
        return unitCost;
    }

    public long getLineTotal() {
        return lineTotal;
    }
}
