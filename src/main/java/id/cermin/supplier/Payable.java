package id.cermin.supplier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A goods receipt bought on credit and what is left of it: its cost, less what was sent
 * back to the supplier, less what was paid. Due {@code creditDays} after the business day
 * it was received.
 */
public record Payable(String stockInId, String reference, String supplierId, String supplier, Instant receivedAt,
                      LocalDate dueOn, long totalCost, long returned, long paid, String originNode) {

    public long outstanding() {
        return totalCost - returned - paid;
    }

    public boolean isOverdue(LocalDate today) {
        return outstanding() > 0 && dueOn.isBefore(today);
    }
}
