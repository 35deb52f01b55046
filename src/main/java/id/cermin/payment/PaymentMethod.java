package id.cermin.payment;

/**
 * How money is received: cash (tunai), bank transfer, QRIS (the store's static code,
 * scanned by the customer's banking app) or a debit/credit card. Change is only ever
 * given in cash.
 */
public enum PaymentMethod {
    TUNAI, TRANSFER, QRIS, KARTU;

    public boolean isCash() {
        return this == TUNAI;
    }

    /** The method of this name, or null. */
    public static PaymentMethod of(String name) {
        for (PaymentMethod method : values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        return null;
    }
}
