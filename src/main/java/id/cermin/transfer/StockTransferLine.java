package id.cermin.transfer;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line of a transfer: the product as it was named then, in its unit, and how much.
 * It names both stores, as its transfer does, so it travels where the transfer goes.
 */
@Entity
@Table(name = "stock_transfer_line")
public class StockTransferLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "transfer_id", nullable = false, updatable = false)
    private StockTransfer transfer;
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
    @Column(name = "from_store", nullable = false, updatable = false)
    private String fromStore;
    @Column(name = "to_store", nullable = false, updatable = false)
    private String toStore;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected StockTransferLine() {
    }

    StockTransferLine(StockTransfer transfer, int lineNo, String productId, String productName, String unitCode,
                      BigDecimal quantity) {
        this.id = Ids.newId();
        this.transfer = transfer;
        this.lineNo = lineNo;
        this.productId = productId;
        this.productName = productName;
        this.unitCode = unitCode;
        this.quantity = quantity;
        this.fromStore = transfer.getFromStore();
        this.toStore = transfer.getToStore();
        this.originNode = transfer.getFromStore();
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
}
