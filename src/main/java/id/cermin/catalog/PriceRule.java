package id.cermin.catalog;

import java.math.BigDecimal;

/**
 * One price a unit sells at, as it holds at one store: at a level, from a quantity on.
 * The unit's own price is the rule (eceran, from 1).
 */
public record PriceRule(PriceLevel level, BigDecimal minQuantity, long price) {

    /**
     * What makes a rule of a product one rule: its unit, level, first quantity and store
     * ({@link ProductPrice#EVERY_STORE} or one node). The quantity is kept without trailing
     * zeros, so 10 and 10.000 are the same key.
     */
    public record Key(String unitCode, PriceLevel level, BigDecimal minQuantity, String storeNode) {

        public Key {
            minQuantity = minQuantity.stripTrailingZeros();
        }

        /** The unit's own price: eceran, from 1, at every store. */
        public boolean isUnitPrice() {
            return level == PriceLevel.ECERAN && minQuantity.compareTo(BigDecimal.ONE) == 0
                    && ProductPrice.EVERY_STORE.equals(storeNode);
        }
    }

    /** True when this rule applies to a customer at {@code level} buying {@code quantity}: eceran rules apply to all. */
    public boolean appliesTo(PriceLevel customerLevel, BigDecimal quantity) {
        return (level == PriceLevel.ECERAN || level == customerLevel) && minQuantity.compareTo(quantity) <= 0;
    }
}
