package id.cermin.mirror.apply;

import id.cermin.mirror.capture.Change;

import java.util.List;

/**
 * Changes of the source (seq {@code firstSeq..lastSeq}, whole transactions) that could
 * not be applied on the destination, with the first row that failed and why, and the
 * group's changes. Later changes keep flowing; the group is retried on every run.
 */
public record HeldGroup(long firstSeq, long lastSeq, String table, String rowId, String reason, List<Change> changes) {
}
