package id.cermin.catalog;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices per store: by default a product sells at its one price everywhere; the owner may
 * give a store a price of its own, and the counter there sells at it. Set on any node
 * (usually the hub), mirrored like every price.
 */
@Stateless
public class StorePrices {

    private static final long MAX_PRICE = 1_000_000_000_000L;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** What the product sells for at this node's counter. */
    public long priceHere(Product product) {
        return priceAt(product, identity.node());
    }

    /** What the product sells for at {@code store}: its price there, or its price for all. */
    public long priceAt(Product product, String store) {
        return active(product.getId(), store).map(StorePrice::getSellPrice).orElse(product.getSellPrice());
    }

    /** The stores with a price of their own for this product, by store. */
    public Map<String, Long> of(String productId) {
        Map<String, Long> prices = new TreeMap<>();
        em.createNamedQuery("StorePrice.ofProduct", StorePrice.class).setParameter("productId", productId)
                .getResultList().forEach(p -> prices.put(p.getStoreNode(), p.getSellPrice()));
        return prices;
    }

    /** Gives the store a price of its own ({@code price} null: back to the price for all). */
    public void set(String productId, String store, Long price) {
        Product product = Optional.ofNullable(productId == null ? null : em.find(Product.class, productId))
                .orElseThrow(() -> InvalidInputException.of("form", "error.unknownProduct"));
        if (price != null && (price < 0 || price > MAX_PRICE)) {
            throw new InvalidInputException(Map.of("form", "error.storePrice", "argument", store));
        }
        StorePrice row = em.find(StorePrice.class, StorePrice.idOf(productId, store));
        if (price == null) {
            if (row != null && !row.isArchived()) {
                row.archive();
                row.stamp(identity.node());
                audit.record("UPDATE", "product_store_price", row.getId(), product.getName() + " di " + store
                        + ": harga umum");
            }
            return;
        }
        if (row == null) {
            row = new StorePrice(productId, store);
            row.setSellPrice(price);
            row.stamp(identity.node());
            em.persist(row);
        } else if (row.isArchived() || row.getSellPrice() != price) {
            row.restore();
            row.setSellPrice(price);
            row.stamp(identity.node());
        } else {
            return;
        }
        audit.record("UPDATE", "product_store_price", row.getId(), product.getName() + " di " + store + ": " + price);
    }

    private Optional<StorePrice> active(String productId, String store) {
        return Optional.ofNullable(em.find(StorePrice.class, StorePrice.idOf(productId, store)))
                .filter(p -> !p.isArchived());
    }
}
