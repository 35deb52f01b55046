package id.cermin.mirror.capture;

import id.cermin.mirror.schema.MirroredTable;

/**
 * One captured write: which row of which table, insert/update/delete, the row version it
 * was made from (master data), the node it was first made on, and the connection that
 * made it (consecutive changes of one connection are never split between batches).
 */
public record Change(long seq, long conn, MirroredTable table, String rowId, char op, Long baseVersion,
                     String origin) {

    public static Change synthetic(MirroredTable table, String rowId) {
        return new Change(0, 0, table, rowId, 'I', null, "");
    }
}
