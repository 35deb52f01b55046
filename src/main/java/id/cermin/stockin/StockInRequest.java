package id.cermin.stockin;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods to receive, read from the stock-in page: the form's own key (a re-sent form is
 * harmless), who receives them, the supplier chosen (an id, or empty) or typed (trimmed),
 * the days until it must be paid (0: paid on receipt; null when it was no number), the
 * note, whether the cost prices follow, and the lines. A quantity or cost that was no number at all is null, and
 * the service refuses it with the same message as one out of range.
 */
public record StockInRequest(String idempotencyKey, String receivedBy, String supplierId, String supplier,
                             Integer creditDays, String note, boolean updateCost, List<Line> lines) {

    /** One received line: which product, in which unit (null: its base unit), how much, at what cost per unit. */
    public record Line(String productId, String unitCode, BigDecimal quantity, Long unitCost) {
    }
}
