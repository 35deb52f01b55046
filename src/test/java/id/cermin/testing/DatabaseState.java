package id.cermin.testing;

import id.cermin.mirror.schema.MirroredTable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The mirrored tables of a database at one moment: each table's row count and checksum
 * (MariaDB's {@code CHECKSUM TABLE}, over every row and column). Two states tell which
 * tables a request changed.
 */
public record DatabaseState(Map<String, String> tables) {

    public static DatabaseState of(String database) throws SQLException {
        String names = Arrays.stream(MirroredTable.values()).map(MirroredTable::sqlName)
                .collect(Collectors.joining(", "));
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = ItDatabase.connect(database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("CHECKSUM TABLE " + names)) {
                while (rs.next()) {
                    String table = rs.getString(1).substring(rs.getString(1).indexOf('.') + 1);
                    tables.put(table, rs.getString(2));
                }
            }
            for (MirroredTable table : MirroredTable.values()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.sqlName())) {
                    rs.next();
                    tables.merge(table.sqlName(), rs.getString(1), (sum, count) -> count + " rows, checksum " + sum);
                }
            }
        }
        return new DatabaseState(tables);
    }

    /** The tables whose rows differ between this state and {@code later}. */
    public Set<String> changedIn(DatabaseState later) {
        Set<String> changed = new TreeSet<>();
        tables.forEach((table, state) -> {
            if (!state.equals(later.tables().get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }
}
