package id.cermin.till;

import java.time.Instant;

/** A shift in the list of shifts: who, when, and once closed, expected, counted and their difference. */
public record ShiftRow(String id, String cashier, Instant openedAt, long openingCash, Instant closedAt,
                       Long expectedCash, Long countedCash) {

    public boolean isClosed() {
        return closedAt != null;
    }

    public long difference() {
        return isClosed() ? countedCash - expectedCash : 0;
    }
}
