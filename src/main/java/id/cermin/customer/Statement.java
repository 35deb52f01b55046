package id.cermin.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A customer's account over some business days (rekening koran): what it owed before,
 * each bon and payment with the balance after it, what it owes at the end, and the bons
 * still open now, oldest first, with their age in days by sale id.
 */
public record Statement(Customer customer, LocalDate from, LocalDate to, long opening, List<StatementEntry> entries,
                        long closing, long charged, long paid, List<Bon> open, Map<String, Long> ages) {
}
