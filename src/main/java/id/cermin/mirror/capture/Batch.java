package id.cermin.mirror.capture;

import java.util.List;

/**
 * Whole source transactions read from a change log: the changes after {@code afterSeq}
 * up to {@code lastSeq}, in order. Changes of the reading node's own origin are left
 * out, but still counted in {@code lastSeq}, so the cursor moves past them.
 */
public record Batch(long afterSeq, long lastSeq, List<Change> changes) {

    public boolean isEmpty() {
        return lastSeq == afterSeq;
    }
}
