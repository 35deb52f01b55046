package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The search box behind the counter and goods-received pages: a product by an exact
 * barcode (its own, or one of its units', which then is the unit picked), or up to 8 whose
 * name holds every typed word; archived products are never offered.
 */
@ApplicationScoped
public class ProductLookup {

    private static final int SUGGESTIONS = 8;

    @Inject
    private ProductRepository products;

    @Inject
    private ProductOffers offers;

    /** What to offer for the text typed (trimmed); nothing for an empty text or one over 100 characters. */
    public List<ProductSuggestion> find(String text) {
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        List<Product> scanned = offers.productWithBarcode(text).flatMap(products::find)
                .filter(p -> !p.isArchived()).stream().toList();
        if (!scanned.isEmpty()) {
            ProductOffer offer = offers.of(scanned.get(0));
            return List.of(new ProductSuggestion(offer, offer.unitWithBarcode(text)));
        }
        return offers.of(products.search(text, false, 1).stream().limit(SUGGESTIONS).toList()).stream()
                .map(offer -> new ProductSuggestion(offer, offer.baseUnit())).toList();
    }
}
