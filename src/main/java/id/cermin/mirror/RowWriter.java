package id.cermin.mirror;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The statements of {@link BatchApplier}: one batched statement per table and kind of
 * write (sent as one multi-row statement with {@code rewriteBatchedStatements}).
 */
final class RowWriter {

    private final Connection dest;
    private final LongConsumer versionSeen;

    RowWriter(Connection dest, LongConsumer versionSeen) {
        this.dest = dest;
        this.versionSeen = versionSeen;
    }

    /** Inserts the rows that are not there yet; returns them. */
    List<Object[]> addMissing(MirroredTable table, Map<String, Object[]> rows, ApplyResult result)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        var existing = Rows.fetch(dest, table, rows.keySet(), false).keySet();
        List<Object[]> missing = rows.values().stream().filter(r -> !existing.contains((String) r[0])).toList();
        insert(table, missing);
        result.wrote(missing.size());
        return missing;
    }

    /**
     * Last writer wins: a row is written when its (row_version, origin_node) is higher
     * than the one here. When the row here is not the version the source's change was
     * made from (both sides wrote since they last agreed) and the contents differ, the
     * overwrite is a conflict, recorded with both rows.
     */
    void mergeMaster(MirroredTable table, Map<String, Object[]> rows, Map<String, Long> bases, ApplyResult result)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int version = table.columns().indexOf("row_version");
        int origin = table.columns().indexOf("origin_node");
        Map<String, Object[]> existing = Rows.fetch(dest, table, rows.keySet(), true);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Object[] row : rows.values()) {
            Object[] here = existing.get((String) row[0]);
            versionSeen.accept((Long) row[version]);
            if (here == null) {
                inserts.add(row);
                continue;
            }
            if (BatchApplier.sameRow(row, here)) {
                continue;
            }
            int order = compareVersions(row, here, version, origin);
            boolean concurrent = !Objects.equals(bases.get((String) row[0]), here[version])
                    && !sameContent(table, row, here);
            if (order > 0) {
                updates.add(row);
                if (concurrent) {
                    result.conflicts().add(new Conflict(table, (String) row[0], row, here));
                }
            } else if (order < 0 && concurrent) {
                result.conflicts().add(new Conflict(table, (String) row[0], here, row));
            }
        }
        insert(table, inserts);
        update(table, updates);
        result.wrote(inserts.size() + updates.size());
    }

    /** Repair: the given rows replace what is here, whatever their versions. */
    void overwrite(MirroredTable table, Map<String, Object[]> rows, ApplyResult result) throws SQLException {
        if (table == MirroredTable.STOCK_MOVEMENT || table == MirroredTable.PRODUCT) {
            BatchApplier.lockProducts(dest, new java.util.TreeSet<>(table == MirroredTable.PRODUCT ? rows.keySet()
                    : rows.values().stream().map(r -> (String) r[1]).collect(Collectors.toSet())));
        }
        Map<String, Object[]> existing = Rows.fetch(dest, table, rows.keySet(), true);
        List<Object[]> inserts = rows.values().stream().filter(r -> !existing.containsKey((String) r[0])).toList();
        List<Object[]> updates = rows.values().stream().filter(r -> existing.containsKey((String) r[0])).toList();
        insert(table, inserts);
        update(table, updates);
        result.wrote(inserts.size() + updates.size());
        if (table == MirroredTable.STOCK_MOVEMENT) {
            recountStock(rows.values().stream().map(r -> (String) r[1]).collect(Collectors.toSet()));
        }
    }

    void delete(MirroredTable table, Collection<String> ids, ApplyResult result) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = dest.prepareStatement("DELETE FROM " + table.sqlName() + " WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        result.wrote(ids.size());
    }

    /** The stock cache follows the movements just added (product rows are already locked). */
    void moveStock(Map<String, BigDecimal> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = dest.prepareStatement("UPDATE product SET stock = stock + ? WHERE id = ?")) {
            for (Map.Entry<String, BigDecimal> d : deltas.entrySet()) {
                ps.setBigDecimal(1, d.getValue());
                ps.setString(2, d.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void recountStock(Collection<String> productIds) throws SQLException {
        try (PreparedStatement ps = dest.prepareStatement("UPDATE product SET stock = (SELECT COALESCE(SUM(m.delta), 0)"
                + " FROM stock_movement m WHERE m.product_id = product.id) WHERE id = ?")) {
            for (String id : productIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insert(MirroredTable table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = table.columns();
        try (PreparedStatement ps = dest.prepareStatement("INSERT INTO " + table.sqlName() + " (" + table.columnList()
                + ") VALUES (" + Rows.placeholders(columns.size()) + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void update(MirroredTable table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = table.columns();
        String assignments = columns.subList(1, columns.size()).stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = dest.prepareStatement("UPDATE " + table.sqlName() + " SET " + assignments
                + " WHERE id = ?")) {
            for (Object[] row : rows) {
                for (int i = 1; i < row.length; i++) {
                    ps.setObject(i, row[i]);
                }
                ps.setObject(row.length, row[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static int compareVersions(Object[] a, Object[] b, int version, int origin) {
        int byVersion = Long.compare((Long) a[version], (Long) b[version]);
        return byVersion != 0 ? byVersion : ((String) a[origin]).compareTo((String) b[origin]);
    }

    /** Equal apart from version, origin and update time: the same edit made twice is no conflict. */
    static boolean sameContent(MirroredTable table, Object[] a, Object[] b) {
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (!c.equals("row_version") && !c.equals("origin_node") && !c.equals("updated_at")
                    && !Objects.deepEquals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}
