package id.cermin.mirror.schema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One mirrored row as plain values, read by column name: what the mirror copies, compares
 * and records, with the table it belongs to. Values are what JDBC gives for each column
 * (String, Long, BigDecimal, Boolean, LocalDateTime...), in {@link MirroredTable#columns()}
 * order for binding.
 */
public final class Row {

    private static final List<String> STAMP_COLUMNS = List.of("row_version", "origin_node", "updated_at");

    private final MirroredTable table;
    private final Object[] values;

    public Row(MirroredTable table, Object[] values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.sqlName() + " rows have " + table.columns().size()
                    + " values, not " + values.length);
        }
        this.table = table;
        this.values = values.clone();
    }

    public MirroredTable table() {
        return table;
    }

    public String id() {
        return (String) values[0];
    }

    public Object get(String column) {
        return values[table.index(column)];
    }

    public String string(String column) {
        return (String) get(column);
    }

    public BigDecimal decimal(String column) {
        return (BigDecimal) get(column);
    }

    /** The last-writer-wins version of a master row. */
    public long version() {
        return (Long) get("row_version");
    }

    public String origin() {
        return string("origin_node");
    }

    /** The value of the {@code index}-th column, for binding in column order. */
    public Object valueAt(int index) {
        return values[index];
    }

    public int width() {
        return values.length;
    }

    /** Every column equal. */
    public boolean sameAs(Row other) {
        return other != null && table == other.table && Arrays.deepEquals(values, other.values);
    }

    /** Equal apart from version, origin and update time: the same edit made twice. */
    public boolean sameContent(Row other) {
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (!STAMP_COLUMNS.contains(columns.get(i)) && !Objects.deepEquals(values[i], other.values[i])) {
                return false;
            }
        }
        return true;
    }

    /** Last writer wins: the higher version, ties broken by origin node. */
    public int compareVersion(Row other) {
        int byVersion = Long.compare(version(), other.version());
        return byVersion != 0 ? byVersion : origin().compareTo(other.origin());
    }

    /** The row as a flat JSON object, secrets left out (see {@link RowJson}). */
    public String toJson() {
        return RowJson.of(table.columns(), values);
    }
}
