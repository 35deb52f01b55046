package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A product's price at one store (harga per cabang), where it is not the product's own
 * price for all. Its id is made from the product and the store, so the same price set on
 * two nodes is one row to the mirror; an archived one no longer applies.
 */
@Entity
@Table(name = "product_store_price")
@NamedQuery(name = "StorePrice.ofProduct",
        query = "SELECT p FROM StorePrice p WHERE p.productId = :productId AND p.archivedAt IS NULL")
public class StorePrice extends MasterRecord {

    @Column(name = "product_id", nullable = false, updatable = false, length = 36)
    private String productId;

    @Column(name = "store_node", nullable = false, updatable = false, length = 32)
    private String storeNode;

    @Column(name = "sell_price", nullable = false)
    private long sellPrice;

    protected StorePrice() {
    }

    StorePrice(String productId, String storeNode) {
        setId(idOf(productId, storeNode));
        this.productId = productId;
        this.storeNode = storeNode;
    }

    /** The id of a product's price at a store, the same on every node. */
    static String idOf(String productId, String storeNode) {
        return UUID.nameUUIDFromBytes(("cermin-price/" + productId + "/" + storeNode)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String getStoreNode() {
        return storeNode;
    }

    public long getSellPrice() {
        return sellPrice;
    }

    void setSellPrice(long sellPrice) {
        this.sellPrice = sellPrice;
    }
}
