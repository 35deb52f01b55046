package id.cermin.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of a sale or goods receipt as a return sees it: what it moved (in its unit, which
 * held {@code unitFactor} base units), at what price or cost, and how much of it (quantity
 * and rupiah) was returned before.
 */
public record ReturnableLine(String lineId, String productId, String productName, String unitCode,
                             BigDecimal unitFactor, BigDecimal quantity, long unitAmount, long lineTotal,
                             BigDecimal returnedQuantity, long returnedAmount) {

    public BigDecimal remaining() {
        return quantity.subtract(returnedQuantity);
    }

    /** {@code part} of the line in the product's base unit: what the stock moves by. */
    public BigDecimal inBase(BigDecimal part) {
        return part.multiply(unitFactor).setScale(3, RoundingMode.UNNECESSARY);
    }

    /**
     * What returning {@code part} of the line is worth: the quantity times the unit amount,
     * and what is left of the line's total when the rest of the line comes back, so that
     * the returns of a line never add up to more or less than it cost.
     */
    public long amountFor(BigDecimal part) {
        long left = lineTotal - returnedAmount;
        if (part.compareTo(remaining()) == 0) {
            return left;
        }
        long amount = part.multiply(BigDecimal.valueOf(unitAmount)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Math.min(amount, left);
    }
}
