package id.cermin.stockcount;

import id.cermin.platform.validation.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The quantity rules of counting and adjusting, and the rupiah value of a quantity. */
final class Quantities {

    private Quantities() {
    }

    /**
     * The quantity if it is a number within bounds (zero allowed only when {@code zeroAllowed}),
     * whole unless the unit is sold in fractions; otherwise refused at {@code field}.
     */
    static BigDecimal checked(BigDecimal quantity, boolean zeroAllowed, BigDecimal max, boolean fractions,
                              String field) {
        if (quantity == null || quantity.signum() < 0 || (!zeroAllowed && quantity.signum() == 0)
                || quantity.compareTo(max) > 0) {
            throw InvalidInputException.of(field, "error.quantity");
        }
        if (!fractions && quantity.stripTrailingZeros().scale() > 0) {
            throw InvalidInputException.of(field, "error.wholeQuantity");
        }
        return quantity;
    }

    /** Quantity × unit cost in whole rupiah (half up). */
    static long value(BigDecimal quantity, long unitCost) {
        return quantity.multiply(BigDecimal.valueOf(unitCost)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
