package id.cermin.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product to save, its numbers read: prices in whole rupiah, the minimum stock as an
 * exact quantity, each null when what was typed is no number at all; its further selling
 * units and its price rules, as lines. {@link #check()} holds the rules that need no
 * database; the service adds those that do.
 */
public record ProductRequest(String id, String barcode, String name, String categoryId, String unitCode,
                             Long costPrice, Long sellPrice, BigDecimal minStock, List<UnitLine> units,
                             List<PriceLine> prices) {

    private static final BigDecimal MAX_STOCK = new BigDecimal("99999999999");
    private static final BigDecimal MAX_FACTOR = new BigDecimal("1000000");
    private static final String BARCODE = "[0-9A-Za-z-]{1,64}";
    private static final String STORE = "[A-Za-z0-9_-]{1,32}";

    /** A further unit: its code, base units in one of it, its eceran price, its barcode ("" for none). */
    public record UnitLine(String unitCode, BigDecimal factor, Long sellPrice, String barcode) {
    }

    /**
     * A price rule: unit, level (null when not one of {@link PriceLevel}), first quantity,
     * store ({@link ProductPrice#EVERY_STORE} for all), price.
     */
    public record PriceLine(String unitCode, PriceLevel level, BigDecimal minQuantity, String storeNode, Long price) {

        PriceRule.Key key() {
            return new PriceRule.Key(unitCode, level, minQuantity, storeNode);
        }
    }

    /** A price that sells a unit below its cost (the base unit's cost times the unit's factor). */
    public record BelowCost(String unitCode, PriceLevel level, long price, long cost) {
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    /** The unit prices and price rules below cost, as far as what was typed can be read. */
    public List<BelowCost> belowCost() {
        if (costPrice == null) {
            return List.of();
        }
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        factors.put(unitCode, BigDecimal.ONE);
        List<BelowCost> below = new ArrayList<>();
        addIfBelow(below, unitCode, PriceLevel.ECERAN, sellPrice, BigDecimal.ONE);
        for (UnitLine unit : units) {
            if (unit.factor() != null) {
                factors.putIfAbsent(unit.unitCode(), unit.factor());
                addIfBelow(below, unit.unitCode(), PriceLevel.ECERAN, unit.sellPrice(), unit.factor());
            }
        }
        for (PriceLine rule : prices) {
            if (factors.containsKey(rule.unitCode()) && rule.level() != null) {
                addIfBelow(below, rule.unitCode(), rule.level(), rule.price(), factors.get(rule.unitCode()));
            }
        }
        return below;
    }

    private void addIfBelow(List<BelowCost> below, String unit, PriceLevel level, Long price, BigDecimal factor) {
        long cost = BigDecimal.valueOf(costPrice).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValue();
        if (price != null && price < cost) {
            below.add(new BelowCost(unit, level, price, cost));
        }
    }

    /** A message key per field that breaks a rule; a broken unit or price line names its line number. */
    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!barcode.isEmpty() && !barcode.matches(BARCODE)) {
            errors.put("barcode", "error.barcode");
        }
        if (name.isEmpty()) {
            errors.put("name", "error.required");
        } else if (name.length() > 150) {
            errors.put("name", "error.tooLong150");
        }
        if (categoryId.isEmpty()) {
            errors.put("categoryId", "error.required");
        }
        if (unitCode.isEmpty()) {
            errors.put("unitCode", "error.required");
        }
        if (costPrice == null) {
            errors.put("costPrice", "error.rupiah");
        }
        if (sellPrice == null) {
            errors.put("sellPrice", "error.rupiah");
        }
        if (minStock == null || minStock.compareTo(MAX_STOCK) > 0) {
            errors.put("minStock", "error.quantity");
        }
        checkUnits(errors);
        checkPrices(errors);
        return errors;
    }

    private void checkUnits(Map<String, String> errors) {
        Set<String> codes = new HashSet<>(Set.of(unitCode));
        Set<String> barcodes = new HashSet<>(barcode.isEmpty() ? Set.of() : Set.of(barcode));
        for (int i = 0; i < units.size(); i++) {
            UnitLine unit = units.get(i);
            String problem = unit.unitCode().isEmpty() || !codes.add(unit.unitCode()) ? "error.unitLineCode"
                    : unit.factor() == null || unit.factor().signum() <= 0 || unit.factor().compareTo(MAX_FACTOR) > 0
                    ? "error.unitLineFactor"
                    : unit.sellPrice() == null ? "error.unitLinePrice"
                    : !unit.barcode().isEmpty() && (!unit.barcode().matches(BARCODE) || !barcodes.add(unit.barcode()))
                    ? "error.unitLineBarcode" : null;
            if (problem != null) {
                line(errors, "units", problem, i);
                return;
            }
        }
    }

    private void checkPrices(Map<String, String> errors) {
        Set<String> codes = new HashSet<>(Set.of(unitCode));
        units.forEach(u -> codes.add(u.unitCode()));
        Set<PriceRule.Key> keys = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            PriceLine price = prices.get(i);
            String problem = !codes.contains(price.unitCode()) ? "error.priceLineUnit"
                    : price.level() == null ? "error.priceLineLevel"
                    : price.minQuantity() == null || price.minQuantity().signum() <= 0 ? "error.priceLineMin"
                    : !price.storeNode().equals(ProductPrice.EVERY_STORE) && !price.storeNode().matches(STORE)
                    ? "error.priceLineStore"
                    : price.price() == null ? "error.priceLinePrice"
                    : price.key().isUnitPrice() ? "error.priceLineIsUnitPrice"
                    : !keys.add(price.key()) ? "error.priceLineTwice" : null;
            if (problem != null) {
                line(errors, "prices", problem, i);
                return;
            }
        }
    }

    private static void line(Map<String, String> errors, String field, String key, int index) {
        errors.put(field, key);
        errors.put(field + "Line", Integer.toString(index + 1));
    }
}
