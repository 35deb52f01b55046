package id.cermin.report;

import id.cermin.payment.PaymentMethod;

import java.util.EnumMap;
import java.util.Map;

/**
 * Money received over some days, by method: from sales (cash as kept, after change) and
 * from payments of bons; and the bons given (sold on credit, not received). Voided sales
 * count for nothing.
 */
public record Takings(Map<PaymentMethod, Long> sales, Map<PaymentMethod, Long> bonPayments, long bonGiven) {

    static Takings of(Map<PaymentMethod, Long> sales, Map<PaymentMethod, Long> bonPayments, long bonGiven) {
        Map<PaymentMethod, Long> fromSales = new EnumMap<>(PaymentMethod.class);
        Map<PaymentMethod, Long> fromBons = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            fromSales.put(method, sales.getOrDefault(method, 0L));
            fromBons.put(method, bonPayments.getOrDefault(method, 0L));
        }
        return new Takings(fromSales, fromBons, bonGiven);
    }

    /** What came in by {@code method}, from sales and bon payments together. */
    public long total(PaymentMethod method) {
        return sales.get(method) + bonPayments.get(method);
    }

    /** What came in by every method together. */
    public long received() {
        long sum = 0;
        for (PaymentMethod method : PaymentMethod.values()) {
            sum += total(method);
        }
        return sum;
    }

    /** The methods in their order, for the views. */
    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }
}
