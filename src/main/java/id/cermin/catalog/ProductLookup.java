package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * The search box behind the counter and goods-received pages: a product by its exact
 * barcode, or up to 8 whose name holds every typed word; archived products are never
 * offered.
 */
@ApplicationScoped
public class ProductLookup {

    private static final int SUGGESTIONS = 8;

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    /**
     * What to offer for the text typed (trimmed); nothing for an empty text or one over 100
     * characters. A scanned barcode costs one query (product and its unit's fraction rule
     * together): it is what the counter waits for after every scan.
     */
    public List<ProductSuggestion> find(String text) {
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        List<ProductSuggestion> scanned = products.byBarcodeWithUnit(text);
        if (!scanned.isEmpty()) {
            return scanned;
        }
        Set<String> fractionUnits = catalog.fractionUnitCodes();
        return products.search(text, false, 1).stream().limit(SUGGESTIONS)
                .map(p -> new ProductSuggestion(p, fractionUnits.contains(p.getUnitCode()))).toList();
    }
}
