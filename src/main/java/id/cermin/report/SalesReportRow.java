package id.cermin.report;

import id.cermin.payment.PaymentMethod;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sale in the report, with its profit (price minus cost snapshot, times quantity), its
 * customer (null for a walk-in), how it was paid (the amount per method that was used,
 * cash as kept, after change, and under {@link #BON} what was left on the account) and
 * the store that made it.
 */
public record SalesReportRow(String id, String receiptNo, Instant soldAt, String cashier, BigDecimal items,
                             long total, long profit, Instant voidedAt, String voidReason, String voidedBy,
                             String customer, Map<String, Long> paidBy, String store) {

    /** The key of what was left on the customer's account in {@link #paidBy()}. */
    public static final String BON = "BON";

    public boolean isVoided() {
        return voidedAt != null;
    }

    /** What was paid by each method used, in method order, then the bon: from the sale's cash, its payment rows ("QRIS:40000,..."), its credit. */
    static Map<String, Long> paidBy(long cash, String payments, long credit) {
        Map<String, Long> byMethod = new LinkedHashMap<>();
        Map<String, Long> others = new LinkedHashMap<>();
        if (payments != null) {
            for (String payment : payments.split(",")) {
                String[] methodAndAmount = payment.split(":");
                others.merge(methodAndAmount[0], Long.parseLong(methodAndAmount[1]), Long::sum);
            }
        }
        for (PaymentMethod method : PaymentMethod.values()) {
            long amount = method.isCash() ? cash : others.getOrDefault(method.name(), 0L);
            if (amount != 0) {
                byMethod.put(method.name(), amount);
            }
        }
        if (credit != 0) {
            byMethod.put(BON, credit);
        }
        return byMethod;
    }
}
