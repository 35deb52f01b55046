package id.cermin.customer;

import id.cermin.platform.BusinessDay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One credit sale (bon) of a customer at one store: what was left on the account, and
 * what of it is still owed once the store's payments have settled the oldest bons first.
 */
public record Bon(String saleId, String receiptNo, Instant soldAt, String store, long amount, long outstanding) {

    /** Days since the business day the bon was given. */
    public long ageOn(LocalDate today, BusinessDay days) {
        return ChronoUnit.DAYS.between(days.dayOf(soldAt), today);
    }

    /**
     * Settles {@code bons} (one store's, oldest first, outstanding not yet known) with
     * {@code paid} rupiah, oldest first. What a payment settles is never stored: it always
     * follows from the bons and the sum of the payments, the same on every node.
     */
    public static List<Bon> settle(List<Bon> bons, long paid) {
        List<Bon> settled = new ArrayList<>();
        long left = paid;
        for (Bon bon : bons) {
            long covered = Math.max(0, Math.min(left, bon.amount()));
            left -= covered;
            settled.add(new Bon(bon.saleId(), bon.receiptNo(), bon.soldAt(), bon.store(), bon.amount(),
                    bon.amount() - covered));
        }
        return settled;
    }
}
