package id.cermin.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of one product's units as they hold at one store, and the rule that picks a
 * line's price. At a store, a rule made for that store replaces the rule of every store
 * with the same unit, level and first quantity (a branch far away sells dearer). A line
 * then gets the lowest price among the rules its customer's level and its quantity
 * qualify for; eceran rules apply to every customer, so a grosir or kontraktor customer
 * never pays more than a walk-in one, and a quantity break helps everyone.
 */
public final class PriceList {

    private final Map<String, List<PriceRule>> byUnit;

    private PriceList(Map<String, List<PriceRule>> byUnit) {
        this.byUnit = byUnit;
    }

    /**
     * @param unitPrices every selling unit's own price (eceran, from 1, every store), by code
     * @param rules      the product's active price rules, of every store
     * @param store      the store the list is for
     */
    public static PriceList of(Map<String, Long> unitPrices, Collection<ProductPrice> rules, String store) {
        Map<String, Map<PriceRule.Key, Long>> shared = new LinkedHashMap<>();
        Map<String, Map<PriceRule.Key, Long>> own = new LinkedHashMap<>();
        unitPrices.forEach((unit, price) -> shared.computeIfAbsent(unit, u -> new LinkedHashMap<>())
                .put(new PriceRule.Key(unit, PriceLevel.ECERAN, BigDecimal.ONE, ProductPrice.EVERY_STORE), price));
        for (ProductPrice rule : rules) {
            PriceRule.Key key = rule.key();
            if (!unitPrices.containsKey(key.unitCode())) {
                continue;
            }
            PriceRule.Key everyStore = new PriceRule.Key(key.unitCode(), key.level(), key.minQuantity(),
                    ProductPrice.EVERY_STORE);
            if (key.storeNode().equals(store)) {
                own.computeIfAbsent(key.unitCode(), u -> new LinkedHashMap<>()).put(everyStore, rule.getPrice());
            } else if (key.storeNode().equals(ProductPrice.EVERY_STORE)) {
                shared.get(key.unitCode()).put(everyStore, rule.getPrice());
            }
        }
        Map<String, List<PriceRule>> byUnit = new LinkedHashMap<>();
        shared.forEach((unit, prices) -> {
            Map<PriceRule.Key, Long> effective = new LinkedHashMap<>(prices);
            effective.putAll(own.getOrDefault(unit, Map.of()));
            List<PriceRule> list = new ArrayList<>();
            effective.forEach((key, price) -> list.add(new PriceRule(key.level(), key.minQuantity(), price)));
            list.sort(Comparator.comparing(PriceRule::level).thenComparing(PriceRule::minQuantity));
            byUnit.put(unit, List.copyOf(list));
        });
        return new PriceList(byUnit);
    }

    /** The rules of one unit at this store, the unit's own price among them. */
    public List<PriceRule> rules(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }

    /**
     * The price of {@code quantity} of {@code unit} for a customer at {@code level}: the
     * lowest qualifying rule; of equal prices, the customer's own level and the higher
     * first quantity (what the receipt names). Fails for a unit the product does not sell in.
     */
    public PriceRule price(String unit, PriceLevel level, BigDecimal quantity) {
        return rules(unit).stream().filter(rule -> rule.appliesTo(level, quantity))
                .min(Comparator.comparingLong(PriceRule::price)
                        .thenComparing(rule -> rule.level() == level ? 0 : 1)
                        .thenComparing(PriceRule::minQuantity, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalArgumentException("no price for " + unit));
    }
}
