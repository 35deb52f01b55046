package id.cermin.branch;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One product across the stores: its stock on each store's shelf, their total, what is on
 * its way between stores (sent, not yet taken in), and the minimum each shelf should hold.
 */
public record ShelfRow(String productId, String name, String unitCode, BigDecimal minStock,
                       Map<String, BigDecimal> shelves, BigDecimal inTransit) {

    /** The stock on this store's shelf (0 where it never had any). */
    public BigDecimal at(String store) {
        return shelves.getOrDefault(store, BigDecimal.ZERO);
    }

    /** This store's shelf is at or below the minimum. */
    public boolean lowAt(String store) {
        return at(store).compareTo(minStock) <= 0;
    }

    public BigDecimal total() {
        return shelves.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
