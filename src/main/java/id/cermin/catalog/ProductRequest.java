package id.cermin.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product to save, its numbers read: prices in whole rupiah, the minimum stock as an
 * exact quantity, each null when what was typed is no number at all. {@link #check()}
 * holds the rules that need no database; the service adds those that do.
 */
public record ProductRequest(String id, String barcode, String name, String categoryId, String unitCode,
                             Long costPrice, Long sellPrice, BigDecimal minStock) {

    private static final BigDecimal MAX_STOCK = new BigDecimal("99999999999");

    public boolean isNew() {
        return id.isEmpty();
    }

    /** A message key per field that breaks a rule. */
    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!barcode.isEmpty() && !barcode.matches("[0-9A-Za-z-]{1,64}")) {
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
        return errors;
    }
}
