package id.cermin.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A product the search box offers, with the unit picked (a unit's barcode picks that unit) and all its units. */
public record ProductSuggestion(ProductOffer offer, SellingUnit unit) {

    /**
     * Suggestions as the pages' script reads them: the picked unit's code, price and
     * fraction rule at the top, every unit with its price rules at this store below; cost
     * prices (per unit) only for back-office pages.
     */
    public static JsonArray toJson(List<ProductSuggestion> suggestions, boolean withCost) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ProductSuggestion suggestion : suggestions) {
            Product p = suggestion.offer().product();
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", p.getId())
                    .add("barcode", p.getBarcode() == null ? "" : p.getBarcode())
                    .add("name", p.getName())
                    .add("unit", suggestion.unit().code())
                    .add("price", suggestion.unit().price())
                    .add("fraction", suggestion.unit().fraction())
                    .add("base", suggestion.offer().baseUnit().code())
                    .add("stock", p.getStock().toPlainString());
            if (withCost) {
                item.add("cost", costOf(p, suggestion.unit()));
            }
            JsonArrayBuilder units = Json.createArrayBuilder();
            for (SellingUnit unit : suggestion.offer().units()) {
                JsonObjectBuilder u = Json.createObjectBuilder()
                        .add("code", unit.code())
                        .add("factor", unit.factor().stripTrailingZeros().toPlainString())
                        .add("fraction", unit.fraction())
                        .add("barcode", unit.barcode() == null ? "" : unit.barcode())
                        .add("price", unit.price());
                if (withCost) {
                    u.add("cost", costOf(p, unit));
                }
                JsonArrayBuilder rules = Json.createArrayBuilder();
                for (PriceRule rule : suggestion.offer().prices().rules(unit.code())) {
                    rules.add(Json.createObjectBuilder().add("level", rule.level().name())
                            .add("min", rule.minQuantity().stripTrailingZeros().toPlainString())
                            .add("price", rule.price()));
                }
                units.add(u.add("prices", rules));
            }
            items.add(item.add("units", units));
        }
        return items.build();
    }

    /** Cost of one of {@code unit}: the base unit's cost times its factor, in whole rupiah. */
    public static long costOf(Product product, SellingUnit unit) {
        return BigDecimal.valueOf(product.getCostPrice()).multiply(unit.factor()).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
