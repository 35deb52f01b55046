package id.cermin.mirror.schema;

import java.util.stream.Collectors;

/**
 * The SQL pieces every reader of mirrored rows shares, made from the table's description:
 * which rows a store may see of a table (master data and shared rows: all; insert-only
 * rows: its own), and the checksum of a row. The store reads its own database and the
 * hub's procedures read the hub's with the very same text, so both sides compare alike.
 */
public final class RowQueries {

    private RowQueries() {
    }

    /**
     * The condition on alias {@code t} for the rows the store named by {@code node} (an SQL
     * expression: a parameter or a variable) sees of this table.
     */
    public static String visibleTo(MirroredTable table, String node) {
        if (table.readerColumns().isEmpty()) {
            return "TRUE";
        }
        return "(" + table.readerColumns().stream().map(c -> "t." + c + " = " + node)
                .collect(Collectors.joining(" OR ")) + ")";
    }

    /** The copied columns of alias {@code t}, in {@link MirroredTable#columns()} order. */
    public static String columns(MirroredTable table) {
        return table.columns().stream().map(c -> "t." + c).collect(Collectors.joining(", "));
    }

    /** CRC32 of every copied column of alias {@code t}, NULL told apart from any value. */
    public static String rowCrc(MirroredTable table) {
        String values = table.columns().stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String nulls = table.columns().stream().map(c -> "ISNULL(t." + c + ")").collect(Collectors.joining(", "));
        return "CRC32(CONCAT_WS('#', " + values + ", CONCAT(" + nulls + ")))";
    }
}
