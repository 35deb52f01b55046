package id.cermin.bench;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.RowQueries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a branch should hold after its bootstrap, per mirrored table: the count and the
 * summed row checksum (the same CRC as "Periksa data") of the rows the hub lets the store
 * see, and of every row the copy holds. Equal on both sides: the copy has exactly the
 * hub's rows for the store, no more (another store's sales), no fewer, none different.
 */
final class BranchRows {

    record Tally(long rows, long crc) {
    }

    private BranchRows() {
    }

    /** The rows of every mirrored table store {@code node} (a plain name) may see; every row when null. */
    static Map<MirroredTable, Tally> of(Connection c, String node) throws SQLException {
        Map<MirroredTable, Tally> tallies = new EnumMap<>(MirroredTable.class);
        for (MirroredTable table : MirroredTable.values()) {
            String where = node == null ? "TRUE" : RowQueries.visibleTo(table, "'" + node + "'");
            String sql = "SELECT COUNT(*), COALESCE(SUM(" + RowQueries.rowCrc(table) + "), 0) FROM "
                    + table.sqlName() + " t WHERE " + where;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                tallies.put(table, new Tally(rs.getLong(1), rs.getLong(2)));
            }
        }
        return tallies;
    }

    static long total(Map<MirroredTable, Tally> tallies) {
        return tallies.values().stream().mapToLong(Tally::rows).sum();
    }

    /** The tables whose tallies differ, "" when none do. */
    static String differences(Map<MirroredTable, Tally> expected, Map<MirroredTable, Tally> actual) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<MirroredTable, Tally> e : expected.entrySet()) {
            Tally got = actual.get(e.getKey());
            if (!e.getValue().equals(got)) {
                out.append(' ').append(e.getKey().sqlName()).append(": hub ").append(e.getValue())
                        .append(", copy ").append(got);
            }
        }
        return out.toString().trim();
    }
}
