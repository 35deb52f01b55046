package id.cermin.sales;

import java.util.List;

/**
 * A cart sent to the till, as the browser sent it: product ids, quantities as typed,
 * the amount paid as typed, and the cart's own key that makes a re-sent cart harmless;
 * with the id of the cashier who sends it. Prices never come from the browser.
 */
public record CheckoutRequest(String idempotencyKey, String cashierId, List<Line> lines, String paid) {

    /** One cart line: which product, how much (text, checked by the service). */
    public record Line(String productId, String quantity) {
    }
}
