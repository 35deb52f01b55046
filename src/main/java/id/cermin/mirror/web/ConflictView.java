package id.cermin.mirror.web;

import java.time.Instant;
import java.util.List;

/**
 * One recorded conflict as the owner reads it: which row, when, which version won, and
 * every column side by side with the values that differ marked.
 */
public record ConflictView(String table, String rowId, Instant detectedAt, long winnerVersion, String winnerOrigin,
                           long loserVersion, String loserOrigin, String detectedBy, List<Field> fields) {

    /** One column: the value kept, the value overwritten, and whether they differ. */
    public record Field(String column, String winner, String loser, boolean differs) {
    }
}
