package id.cermin.branch;

import java.math.BigDecimal;

/** A product a store holds its minimum of, or less: what to reorder or send there. */
public record LowShelf(String name, String unitCode, String store, BigDecimal stock, BigDecimal minStock) {
}
