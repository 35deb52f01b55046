package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
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

    @Inject
    private StorePrices prices;

    /** What to offer for the text typed (trimmed); nothing for an empty text or one over 100 characters. */
    public List<ProductSuggestion> find(String text) {
        List<Product> found = new ArrayList<>();
        if (!text.isEmpty() && text.length() <= 100) {
            products.byBarcode(text).filter(p -> !p.isArchived()).ifPresent(found::add);
            if (found.isEmpty()) {
                found.addAll(products.search(text, false, 1).stream().limit(SUGGESTIONS).toList());
            }
        }
        Set<String> fractionUnits = catalog.fractionUnitCodes();
        return found.stream().map(p -> new ProductSuggestion(p, fractionUnits.contains(p.getUnitCode()),
                prices.priceHere(p))).toList();
    }
}
