package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A further unit a product is sold in, besides its base unit (the unit its stock is kept
 * in, whose price and barcode are the product's own): 1 sak = 40 kg, 1 roll = 50 meter.
 * Its factor is the number of base units in one of it; it has its own eceran price and
 * its own barcode, which selects it at the counter. Removed from a product, it is archived.
 */
@Entity
@Table(name = "product_unit")
@NamedQuery(name = "ProductUnit.ofProducts",
        query = "SELECT u FROM ProductUnit u WHERE u.productId IN :ids ORDER BY u.productId, u.factor")
@NamedQuery(name = "ProductUnit.all", query = "SELECT u FROM ProductUnit u ORDER BY u.productId, u.factor")
@NamedQuery(name = "ProductUnit.byBarcode", query = "SELECT u FROM ProductUnit u WHERE u.barcode = :barcode")
public class ProductUnit extends MasterRecord {

    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal factor;

    @Column(name = "sell_price", nullable = false)
    private long sellPrice;

    @Column(length = 64)
    private String barcode;

    protected ProductUnit() {
    }

    ProductUnit(String productId, String unitCode) {
        this.productId = productId;
        this.unitCode = unitCode;
    }

    /** Takes the values given; true when any of them changed. */
    boolean set(BigDecimal factor, long sellPrice, String barcode) {
        boolean changed = this.factor == null || this.factor.compareTo(factor) != 0 || this.sellPrice != sellPrice
                || !Objects.equals(this.barcode, barcode) || isArchived();
        this.factor = factor;
        this.sellPrice = sellPrice;
        this.barcode = barcode;
        restore();
        return changed;
    }

    /** Archived, it gives its barcode back: another unit may take it. */
    @Override
    public void archive() {
        super.archive();
        barcode = null;
    }

    public String getProductId() {
        return productId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public long getSellPrice() {
        return sellPrice;
    }

    public String getBarcode() {
        return barcode;
    }
}
