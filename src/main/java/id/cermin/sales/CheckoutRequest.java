package id.cermin.sales;

import id.cermin.payment.PaymentMethod;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cart for the till, read from the counter page: the cart's own key (a re-sent cart is
 * harmless), the cashier's id, the customer's (null for a walk-in customer), the lines,
 * a discount on the whole sale, the cash handed over, what was paid otherwise (transfer,
 * QRIS, card), what is left on the customer's account (bon), and an owner's approval
 * when one was typed. A quantity, amount or discount that was no number at all is null,
 * and the till refuses it with the same message as one out of range. Prices never come
 * from the browser.
 */
public record CheckoutRequest(String idempotencyKey, String cashierId, String customerId, List<Line> lines,
                              Discount discount, Long cash, List<Payment> payments, Long credit, Approval approval) {

    /**
     * One cart line: which product, in which unit (null: its base unit), how much (null
     * when what was typed is no quantity), the line's discount.
     */
    public record Line(String productId, String unitCode, BigDecimal quantity, Discount discount) {
    }

    /** Money received other than cash; the method null when none of them, the amount null when no rupiah. */
    public record Payment(PaymentMethod method, Long amount, String reference) {
    }

    /** An owner's username and password, typed at the counter for what needs approval. */
    public record Approval(String username, String password) {
    }
}
