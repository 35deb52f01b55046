package id.cermin.mirror.capture;

import java.util.List;

/**
 * Whole source transactions read from a change log: the changes after {@code afterSeq}
 * up to {@code lastSeq}, in order. Changes not meant for the reader are left out, but
 * still counted in {@code lastSeq}, so the cursor moves past them. {@code lastFp} is the
 * fingerprint of the source's change at {@code lastSeq} (null when there is none): kept
 * with the cursor, it later tells whether the source still has the same history.
 */
public record Batch(long afterSeq, long lastSeq, String lastFp, List<Change> changes) {

    public boolean isEmpty() {
        return lastSeq == afterSeq;
    }
}
