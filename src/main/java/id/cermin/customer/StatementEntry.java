package id.cermin.customer;

import java.time.Instant;

/**
 * One line of a customer's statement: a bon given (kind BON, {@code charged}), a bon taken
 * back with its sale (VOID), a payment (PAYMENT, {@code paid}, with its method) or a payment
 * taken back (REVERSAL); the balance after it. {@code id} is the sale's or the payment's;
 * {@code reversed} says a payment was taken back since.
 */
public record StatementEntry(String id, Instant at, String kind, String reference, String store, String method,
                             long charged, long paid, long balance, boolean reversed) {
}
