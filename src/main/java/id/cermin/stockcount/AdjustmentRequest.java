package id.cermin.stockcount;

import java.math.BigDecimal;

/**
 * A single adjustment, read from its form: which product, how much (null when what was
 * typed is no quantity), whether it adds or takes away, why, a note, and who makes it.
 */
public record AdjustmentRequest(String productId, BigDecimal quantity, boolean adds, AdjustmentReason reason,
                                String note, String userId) {
}
