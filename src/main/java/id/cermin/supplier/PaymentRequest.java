package id.cermin.supplier;

/**
 * A payment to a supplier, read from its form: the form's key (sent twice, paid once),
 * which receipt, how much (null when it was no amount), from the till's drawer or not, a
 * note, and who pays.
 */
public record PaymentRequest(String idempotencyKey, String stockInId, Long amount, boolean fromDrawer, String note,
                             String userId) {
}
