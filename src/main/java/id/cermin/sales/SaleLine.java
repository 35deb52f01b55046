package id.cermin.sales;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line of a sale, with the unit price and unit cost as they were at the time of
 * sale (so profit stays true after prices change) and the product's name for the receipt.
 */
@Entity
@Table(name = "sale_line")
public class SaleLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;
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
    @Column(name = "unit_price", nullable = false, updatable = false)
    private long unitPrice;
    @Column(name = "unit_cost", nullable = false, updatable = false)
    private long unitCost;
    @Column(name = "line_total", nullable = false, updatable = false)
    private long lineTotal;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, String productId, String productName, String unitCode, BigDecimal quantity,
             long unitPrice, long unitCost, long lineTotal, String originNode) {
        this.id = Ids.newId();
        this.sale = sale;
        this.lineNo = lineNo;
        this.productId = productId;
        this.productName = productName;
        this.unitCode = unitCode;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
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

    public long getUnitPrice() {
        return unitPrice;
    }

    public long getUnitCost() {
        return unitCost;
    }

    public long getLineTotal() {
        return lineTotal;
    }
}
