package id.cermin.stockcount;

import java.time.Instant;

/** An opname in the list: reference, scope, who started it and when, where it stands. */
public record CountSummary(String id, String reference, String category, Instant startedAt, String startedBy,
                           CountStatus status, Instant closedAt, long counted) {
}
