package id.cermin.mirror.verify;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chunked checksums of a mirrored table, computed by the database (the
 * pt-table-checksum idea): rows are grouped by the last hex digits of their key (random
 * in every UUID we make, so chunks are even), and each chunk gives its row count and the
 * sum of the CRC32 of its rows. Two sides agree on a chunk when both numbers do.
 */
final class Checksums {

    record Chunk(long rows, long crcSum) {
    }

    private Checksums() {
    }

    /** Digits of key suffix per chunk: about a thousand rows per chunk at most. */
    static int suffixLength(long rows) {
        int length = 0;
        long chunks = 1;
        while (rows / chunks > 1000 && length < 6) {
            length++;
            chunks *= 16;
        }
        return length;
    }

    static long count(Connection c, MirroredTable table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table.sqlName());
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Chunk> chunks(Connection c, MirroredTable table, int suffix) throws SQLException {
        Map<String, Chunk> chunks = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT RIGHT(id, " + suffix + ") AS chunk, COUNT(*), SUM("
                + rowCrc(table) + ") FROM " + table.sqlName() + " GROUP BY chunk");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                chunks.put(rs.getString(1), new Chunk(rs.getLong(2), rs.getLong(3)));
            }
        }
        return chunks;
    }

    /** Key to row CRC for the rows of the given chunks. */
    static Map<String, Long> rows(Connection c, MirroredTable table, int suffix, Collection<String> chunks)
            throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        List<String> keys = List.copyOf(chunks);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + rowCrc(table) + " FROM " + table.sqlName()
                + " WHERE RIGHT(id, " + suffix + ") IN (" + Rows.placeholders(keys.size()) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return rows;
    }

    /** CRC32 of every copied column, NULL told apart from any value. */
    static String rowCrc(MirroredTable table) {
        String values = String.join(", ", table.columns());
        String nulls = table.columns().stream().map(col -> "ISNULL(" + col + ")").collect(Collectors.joining(", "));
        return "CRC32(CONCAT_WS('#', " + values + ", CONCAT(" + nulls + ")))";
    }
}
