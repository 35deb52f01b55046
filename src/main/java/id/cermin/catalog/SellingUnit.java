package id.cermin.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A unit a product sells in, as the counter needs it: its code, how many base units one
 * of it holds (1 for the base unit itself), whether it sells in fractions, its own eceran
 * price and barcode.
 */
public record SellingUnit(String code, BigDecimal factor, boolean fraction, long price, String barcode) {

    /** Scale of every quantity kept (DECIMAL(14,3)). */
    public static final int QUANTITY_SCALE = 3;

    public boolean isBase() {
        return factor.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * {@code quantity} of this unit in base units, when that is an exact quantity of
     * {@value #QUANTITY_SCALE} decimals at most (0,5 kg of a product kept in sak is not).
     */
    public Optional<BigDecimal> inBase(BigDecimal quantity) {
        BigDecimal base = quantity.multiply(factor).stripTrailingZeros();
        if (base.scale() > QUANTITY_SCALE) {
            return Optional.empty();
        }
        return Optional.of(base.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY));
    }
}
