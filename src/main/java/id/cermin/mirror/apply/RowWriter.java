package id.cermin.mirror.apply;

import id.cermin.inventory.StockLocks;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The statements of {@link Applier}: one batched statement per table and kind of
 * write (sent as one multi-row statement with {@code rewriteBatchedStatements}).
 */
final class RowWriter {

    /** Rows per INSERT statement, and the most placeholders one statement takes (the server's limit is 65,535). */
    static final int ROWS_PER_INSERT = 1000;
    private static final int MAX_PLACEHOLDERS = 30_000;

    private final Connection dest;
    private final LongConsumer versionSeen;

    RowWriter(Connection dest, LongConsumer versionSeen) {
        this.dest = dest;
        this.versionSeen = versionSeen;
    }

    /**
     * Inserts the rows that are not there yet; returns them. With {@code keyOrdered}, the
     * rows are a run of consecutive keys (a bootstrap chunk, in key order): one range read
     * of the keys finds those already here, instead of a lookup per key.
     */
    List<Row> addMissing(MirroredTable table, Map<String, Row> rows, boolean keyOrdered, ApplyResult result)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> existing;
        if (keyOrdered) {
            List<Row> ordered = List.copyOf(rows.values());
            existing = Rows.existingBetween(dest, table, ordered.get(0).id(), ordered.get(ordered.size() - 1).id());
        } else {
            existing = Rows.existing(dest, table, rows.keySet());
        }
        List<Row> missing = rows.values().stream().filter(r -> !existing.contains(r.id())).toList();
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
    void mergeMaster(MirroredTable table, Map<String, Row> rows, Map<String, Long> bases, ApplyResult result)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Row> existing = Rows.fetch(dest, table, rows.keySet(), true);
        List<Row> inserts = new ArrayList<>();
        List<Row> updates = new ArrayList<>();
        for (Row row : rows.values()) {
            Row here = existing.get(row.id());
            versionSeen.accept(row.version());
            if (here == null) {
                inserts.add(row);
                continue;
            }
            if (row.sameAs(here)) {
                continue;
            }
            int order = row.compareVersion(here);
            boolean concurrent = !Objects.equals(bases.get(row.id()), here.version()) && !row.sameContent(here);
            if (order > 0) {
                updates.add(row);
                if (concurrent) {
                    result.conflicts().add(new Conflict(table, row.id(), row, here));
                }
            } else if (order < 0 && concurrent) {
                result.conflicts().add(new Conflict(table, row.id(), here, row));
            }
        }
        insert(table, inserts);
        update(table, updates);
        result.wrote(inserts.size() + updates.size());
    }

    /** Repair: the given rows replace what is here, whatever their versions. */
    void overwrite(MirroredTable table, Map<String, Row> rows, ApplyResult result) throws SQLException {
        Set<String> products = table == MirroredTable.PRODUCT ? rows.keySet()
                : table == MirroredTable.STOCK_MOVEMENT ? productsOf(rows.values()) : Set.of();
        StockLocks.lock(dest, products);
        Map<String, Row> existing = Rows.fetch(dest, table, rows.keySet(), true);
        List<Row> inserts = rows.values().stream().filter(r -> !existing.containsKey(r.id())).toList();
        List<Row> updates = rows.values().stream().filter(r -> existing.containsKey(r.id())).toList();
        insert(table, inserts);
        update(table, updates);
        result.wrote(inserts.size() + updates.size());
        if (table == MirroredTable.STOCK_MOVEMENT) {
            recountStock(productsOf(rows.values()));
        }
    }

    private static Set<String> productsOf(Collection<Row> movements) {
        return movements.stream().map(r -> r.string("product_id")).collect(Collectors.toSet());
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

    /** Sets the stock cache of these products to the sum of their movements (rows already locked). */
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

    /**
     * Multi-row INSERT statements of up to {@link #ROWS_PER_INSERT} rows each, written out
     * as such rather than as a rewritten batch: the driver then encodes each value once.
     */
    private void insert(MirroredTable table, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int width = table.columns().size();
        int perStatement = Math.max(1, Math.min(ROWS_PER_INSERT, MAX_PLACEHOLDERS / width));
        String head = "INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") VALUES ";
        String tuple = "(" + Rows.placeholders(width) + ")";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
            try (PreparedStatement ps = dest.prepareStatement(head
                    + String.join(", ", Collections.nCopies(part.size(), tuple)))) {
                int at = 1;
                for (Row row : part) {
                    for (int i = 0; i < row.width(); i++) {
                        bind(ps, at++, row.valueAt(i));
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    /** Binds a mirrored value with the setter of its type (as {@code setObject} would, with less work). */
    private static void bind(PreparedStatement ps, int at, Object value) throws SQLException {
        if (value instanceof String text) {
            ps.setString(at, text);
        } else if (value instanceof Long number) {
            ps.setLong(at, number);
        } else if (value instanceof Integer number) {
            ps.setInt(at, number);
        } else if (value instanceof BigDecimal number) {
            ps.setBigDecimal(at, number);
        } else {
            ps.setObject(at, value);
        }
    }

    private void update(MirroredTable table, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = table.columns();
        String assignments = columns.subList(1, columns.size()).stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = dest.prepareStatement("UPDATE " + table.sqlName() + " SET " + assignments
                + " WHERE id = ?")) {
            for (Row row : rows) {
                for (int i = 1; i < row.width(); i++) {
                    ps.setObject(i, row.valueAt(i));
                }
                ps.setObject(row.width(), row.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
