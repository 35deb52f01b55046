package id.cermin.supplier;

import java.time.Instant;

/** A payment as the supplier's page lists it. */
public record PaymentRow(Instant paidAt, String reference, long amount, boolean fromDrawer, String note, String by) {
}
