package id.cermin.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * A product the search box offers, whether its unit sells in fractions (meter, kg), and
 * its price at this store.
 */
public record ProductSuggestion(Product product, boolean fraction, long price) {

    /** Suggestions as the pages' script reads them; cost prices only for back-office pages. */
    public static JsonArray toJson(List<ProductSuggestion> suggestions, boolean withCost) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ProductSuggestion suggestion : suggestions) {
            Product p = suggestion.product();
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", p.getId())
                    .add("barcode", p.getBarcode() == null ? "" : p.getBarcode())
                    .add("name", p.getName())
                    .add("unit", p.getUnitCode())
                    .add("price", suggestion.price())
                    .add("fraction", suggestion.fraction())
                    .add("stock", p.getStock().toPlainString());
            if (withCost) {
                item.add("cost", p.getCostPrice());
            }
            items.add(item);
        }
        return items.build();
    }
}
