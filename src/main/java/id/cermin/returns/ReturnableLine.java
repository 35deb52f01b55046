package id.cermin.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of a sale or goods receipt as a return sees it: what it moved, at what price or
 * cost, and how much of it (quantity and rupiah) was returned before.
 */
public record ReturnableLine(String lineId, String productId, String productName, String unitCode,
                             BigDecimal quantity, long unitAmount, long lineTotal, BigDecimal returnedQuantity,
                             long returnedAmount) {

    public BigDecimal remaining() {
        return quantity.subtract(returnedQuantity);
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
