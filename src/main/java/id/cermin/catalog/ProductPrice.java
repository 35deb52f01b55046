package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A price rule of one unit of a product: at a {@link PriceLevel}, from a quantity on (a
 * quantity break: from 10 sak, Rp 56.000), at every store ({@link #EVERY_STORE}) or at
 * one store only. The unit's own price is the rule (eceran, from 1, every store) and is
 * never a row of its own. Removed from a product, a rule is archived.
 */
@Entity
@Table(name = "product_price")
@NamedQuery(name = "ProductPrice.ofProducts",
        query = "SELECT p FROM ProductPrice p WHERE p.productId IN :ids ORDER BY p.productId, p.unitCode, p.level,"
                + " p.minQuantity, p.storeNode")
@NamedQuery(name = "ProductPrice.all",
        query = "SELECT p FROM ProductPrice p ORDER BY p.productId, p.unitCode, p.level, p.minQuantity, p.storeNode")
public class ProductPrice extends MasterRecord {

    /** The store of a rule that holds at every store. */
    public static final String EVERY_STORE = "*";

    @Column(name = "product_id", nullable = false, updatable = false)
    private String productId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 16)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private PriceLevel level;

    @Column(name = "min_quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal minQuantity;

    @Column(name = "store_node", nullable = false, updatable = false, length = 32)
    private String storeNode;

    @Column(nullable = false)
    private long price;

    protected ProductPrice() {
    }

    ProductPrice(String productId, PriceRule.Key key) {
        this.productId = productId;
        this.unitCode = key.unitCode();
        this.level = key.level();
        this.minQuantity = key.minQuantity();
        this.storeNode = key.storeNode();
    }

    /** Takes the price; true when it or the archive mark changed. */
    boolean set(long price) {
        boolean changed = this.price != price || isArchived();
        this.price = price;
        restore();
        return changed;
    }

    public PriceRule.Key key() {
        return new PriceRule.Key(unitCode, level, minQuantity, storeNode);
    }

    public String getProductId() {
        return productId;
    }

    public long getPrice() {
        return price;
    }
}
