package id.cermin.mirror.verify;

import id.cermin.mirror.schema.Checksum;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * One side of a comparison, as one store sees it: master data and shared rows in full,
 * of insert-only rows its own. The store reads its own database; the hub is read through
 * the procedures it offers stores. Ranges of keys are (from, to], {@code to} null for no end.
 */
public interface Side {

    Checksum checksum(MirroredTable table, String from, String to) throws SQLException;

    /** Key and checksum of up to {@code limit} rows in the range, in key order. */
    Map<String, Long> rowCrcs(MirroredTable table, String from, String to, int limit) throws SQLException;

    Map<String, Row> rowsById(MirroredTable table, Collection<String> ids) throws SQLException;
}
