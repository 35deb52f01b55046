package id.cermin.stockcount;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One product of an opname's sheet: what it is and, once counted, the latest count, what
 * the ledger expected then, the difference and its value at the cost price then.
 */
public record CountLine(String productId, String name, String barcode, String unit, String category,
                        BigDecimal counted, BigDecimal expected, long unitCost, Instant countedAt, String countedBy) {

    public boolean isCounted() {
        return counted != null;
    }

    public BigDecimal difference() {
        return isCounted() ? counted.subtract(expected) : BigDecimal.ZERO;
    }

    public long value() {
        return Quantities.value(difference(), unitCost);
    }
}
