package id.cermin.mirror.apply;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;

/**
 * Master data written on both sides since they last agreed: the row kept (the higher
 * version, ties broken by origin) and the row overwritten, both in full.
 */
public record Conflict(MirroredTable table, String rowId, Row winner, Row loser) {
}
