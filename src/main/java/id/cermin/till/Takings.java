package id.cermin.till;

import id.cermin.payment.PaymentMethod;

import java.util.List;

/**
 * What a shift took by one payment method ({@link PaymentMethod}'s names, and BON for what
 * was left on customers' accounts): how many sales used it, what it came to, what customers
 * handed over and the change given back. Only cash goes into the drawer.
 */
public record Takings(String method, long sales, long total, long received, long change) {

    /** The order the shift report lists methods in. */
    static final List<String> ORDER = List.of("TUNAI", "TRANSFER", "QRIS", "KARTU", "BON");

    public boolean isCash() {
        return PaymentMethod.TUNAI.name().equals(method);
    }
}
