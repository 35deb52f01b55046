package id.cermin.customer;

import id.cermin.payment.PaymentMethod;

/**
 * A payment of a customer's bon, as read from its form: the form's own key (sent twice,
 * it pays once), the customer, the amount (null when no rupiah amount), the method (null
 * when none of them), a reference (a transfer's number) and a note, who receives it.
 */
public record BonPaymentRequest(String idempotencyKey, String customerId, Long amount, PaymentMethod method,
                                String reference, String note, String receivedBy) {
}
