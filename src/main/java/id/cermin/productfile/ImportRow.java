package id.cermin.productfile;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of an import as read: its line in the file, its values (numbers read; null when
 * missing or wrong), and, once checked against the catalogue, the product it changes
 * (null: a new product) and the reason it cannot be imported (a message key, and what it
 * names), if any.
 */
public record ImportRow(int line, String code, String category, String barcode, String name, String unit,
                        Long costPrice, Long sellPrice, BigDecimal minStock, BigDecimal openingStock,
                        String productId, String error, String errorArgument) implements Serializable {

    public boolean isValid() {
        return error == null;
    }

    public boolean isNew() {
        return productId == null;
    }

    ImportRow refused(String key, String argument) {
        return error != null ? this : new ImportRow(line, code, category, barcode, name, unit, costPrice, sellPrice,
                minStock, openingStock, productId, key, argument);
    }

    ImportRow changing(String existingProductId) {
        return new ImportRow(line, code, category, barcode, name, unit, costPrice, sellPrice, minStock, openingStock,
                existingProductId, error, errorArgument);
    }
}
