package id.cermin.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cart for the till, read from the counter page: the cart's own key (a re-sent cart is
 * harmless), the cashier's id, product ids with quantities, and the amount paid. A
 * quantity or amount that was no number at all is null, and the till refuses it with the
 * same message as one out of range. Prices never come from the browser.
 */
public record CheckoutRequest(String idempotencyKey, String cashierId, List<Line> lines, Long paid) {

    /** One cart line: which product, how much (null when what was typed is no quantity). */
    public record Line(String productId, BigDecimal quantity) {
    }
}
