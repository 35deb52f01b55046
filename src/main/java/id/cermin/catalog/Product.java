package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * An item in the catalogue (barang). Prices are whole rupiah. {@code stock} is the
 * node's cache of its stock ledger and is never written from a form.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = "Product.byBarcode", query = "SELECT p FROM Product p WHERE p.barcode = :barcode")
@NamedQuery(name = "Product.countActiveInCategory",
        query = "SELECT COUNT(p) FROM Product p WHERE p.category.id = :categoryId AND p.archivedAt IS NULL")
@NamedQuery(name = "Product.byIds", query = "SELECT p FROM Product p WHERE p.id IN :ids")
@NamedQuery(name = "Product.active", query = "SELECT p FROM Product p WHERE p.archivedAt IS NULL ORDER BY p.id")
@NamedQuery(name = "Product.countActive", query = "SELECT COUNT(p) FROM Product p WHERE p.archivedAt IS NULL")
public class Product extends MasterRecord {

    @Column(length = 64)
    private String barcode;

    @Column(nullable = false, length = 150)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(name = "cost_price", nullable = false)
    private long costPrice;

    @Column(name = "sell_price", nullable = false)
    private long sellPrice;

    @Column(name = "min_stock", nullable = false, precision = 14, scale = 3)
    private BigDecimal minStock = BigDecimal.ZERO;

    @Column(nullable = false, precision = 14, scale = 3, insertable = false, updatable = false)
    private BigDecimal stock = BigDecimal.ZERO;

    protected Product() {
    }

    public Product(String name, Category category, String unitCode) {
        this.name = name;
        this.category = category;
        this.unitCode = unitCode;
    }

    public boolean isLowStock() {
        return stock.compareTo(minStock) <= 0;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public long getCostPrice() {
        return costPrice;
    }

    public void setCostPrice(long costPrice) {
        this.costPrice = costPrice;
    }

    public long getSellPrice() {
        return sellPrice;
    }

    public void setSellPrice(long sellPrice) {
        this.sellPrice = sellPrice;
    }

    public BigDecimal getMinStock() {
        return minStock;
    }

    public void setMinStock(BigDecimal minStock) {
        this.minStock = minStock;
    }

    public BigDecimal getStock() {
        return stock;
    }
}
