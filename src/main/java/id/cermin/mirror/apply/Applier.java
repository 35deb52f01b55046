package id.cermin.mirror.apply;

import id.cermin.inventory.StockLocks;
import id.cermin.mirror.capture.Batch;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Writes changes read from one database into another, in one transaction on the
 * destination: insert-only rows are added when missing (set union), master rows are
 * written when the incoming version is newer (last writer wins) and a concurrent
 * overwrite is recorded as a conflict, the stock cache moves with every movement
 * added, and, for a batch, the source's cursor moves in the same transaction.
 * <p>
 * A group of changes that the destination refuses (a constraint) is rolled back on its
 * own, reported as a {@link HeldGroup}, and the rest of the batch still applies.
 */
public final class Applier {

    private final Connection dest;
    private final Direction direction;
    private final String captureOrigin;
    private final LongConsumer versionSeen;
    private final RowGate gate;
    /** The changes being applied are a bootstrap chunk ({@link #applyChunk}). */
    private boolean keyOrdered;

    /** An applier that takes everything the source sends (a store applying the hub's changes). */
    public Applier(Connection dest, Direction direction, String captureOrigin, LongConsumer versionSeen) {
        this(dest, direction, captureOrigin, versionSeen, RowGate.OPEN);
    }

    /**
     * @param direction     which way the changes travel, as held groups are filed
     * @param captureOrigin the origin the destination's triggers record the applied rows
     *                      under (the hub relays them to other stores), or "" to apply
     *                      without capturing (a store never sends back what it received)
     * @param versionSeen   told every master version written (the local clock observes them)
     * @param gate          what this destination accepts from the source
     */
    public Applier(Connection dest, Direction direction, String captureOrigin, LongConsumer versionSeen,
                   RowGate gate) {
        this.dest = dest;
        this.direction = direction;
        this.captureOrigin = captureOrigin;
        this.versionSeen = versionSeen;
        this.gate = gate;
    }

    /** Applies a batch from {@code source} and moves its cursor here, exactly once. */
    public ApplyResult applyBatch(NodeRef source, Batch batch, Map<MirroredTable, Map<String, Row>> rows)
            throws SQLException {
        return inTransaction(() -> {
            Cursors.Position here = Cursors.lock(dest, source);
            // A source that started a new history (it was restored) numbers its changes anew.
            boolean sameHistory = here.incarnation() == null || here.incarnation().equals(source.incarnation());
            long cursor = sameHistory ? here.seq() : Math.min(here.seq(), batch.afterSeq());
            if (cursor >= batch.lastSeq() && sameHistory) {
                return ApplyResult.alreadyApplied();
            }
            List<Change> todo = batch.changes().stream().filter(ch -> ch.seq() > cursor).toList();
            ApplyResult result = applyInGroups(todo, rows);
            HeldChanges.file(dest, direction, source.dbId(), result.held());
            Cursors.moveTo(dest, source, batch.lastSeq(), batch.lastFp());
            return result;
        });
    }

    /**
     * Retries a held group (its changes read again from the source): applied, it is
     * removed from the held list; refused again, its reason and attempts are updated.
     */
    public ApplyResult retry(NodeRef source, HeldGroup group, List<Change> changes,
                             Map<MirroredTable, Map<String, Row>> rows) throws SQLException {
        return inTransaction(() -> {
            ApplyResult result = applyInGroups(changes, rows);
            HeldChanges.retried(dest, direction, source.dbId(), group, result.held());
            return result;
        });
    }

    /** Applies changes outside any batch (a repair), in one transaction. */
    public ApplyResult applyLoose(List<Change> changes, Map<MirroredTable, Map<String, Row>> rows)
            throws SQLException {
        return inTransaction(() -> applyInGroups(changes, rows));
    }

    /**
     * Applies a bootstrap chunk: rows of one table with consecutive keys, in key order, as
     * the source has them now; merged like any change, in one transaction.
     */
    public ApplyResult applyChunk(MirroredTable table, Map<String, Row> rows) throws SQLException {
        List<Change> changes = rows.keySet().stream().map(id -> Change.synthetic(table, id)).toList();
        keyOrdered = true;
        try {
            return inTransaction(() -> applyInGroups(changes, Map.of(table, rows)));
        } finally {
            keyOrdered = false;
        }
    }

    /** Repair: writes these rows as they are, whatever the versions, in one transaction. */
    public ApplyResult overwrite(MirroredTable table, Map<String, Row> rows) throws SQLException {
        return inTransaction(() -> {
            ApplyResult result = new ApplyResult();
            new RowWriter(dest, versionSeen).overwrite(table, rows, result);
            return result;
        });
    }

    /** Repair: sets these products' stock caches to the sum of their movements, in one transaction. */
    public void recountStock(Collection<String> productIds) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            StockLocks.lock(dest, productIds);
            new RowWriter(dest, versionSeen).recountStock(productIds);
            return new ApplyResult();
        });
    }

    /**
     * Sets the cursor of {@code source} here to {@code seq} (fingerprint {@code fp}), forward
     * or back: after a bootstrap or a reconciliation made everything up to it equal.
     */
    public void setCursor(NodeRef source, long seq, String fp) throws SQLException {
        inTransaction(() -> {
            Cursors.lock(dest, source);
            Cursors.moveTo(dest, source, seq, fp);
            return new ApplyResult();
        });
    }

    private ApplyResult applyInGroups(List<Change> changes, Map<MirroredTable, Map<String, Row>> rows)
            throws SQLException {
        ApplyResult result = new ApplyResult();
        if (changes.isEmpty()) {
            return result;
        }
        Savepoint all = dest.setSavepoint();
        try {
            apply(changes, rows, result);
            return result;
        } catch (SQLException e) {
            if (!SqlErrors.isRowProblem(e)) {
                throw e;
            }
            dest.rollback(all);
        }
        ApplyResult grouped = new ApplyResult();
        for (List<Change> group : groups(changes)) {
            Savepoint sp = dest.setSavepoint();
            ApplyResult part = new ApplyResult();
            try {
                apply(group, rows, part);
                grouped.add(part);
            } catch (SQLException e) {
                if (!SqlErrors.isRowProblem(e)) {
                    throw e;
                }
                dest.rollback(sp);
                grouped.held().add(diagnose(group, rows, e));
            }
        }
        return grouped;
    }

    private void apply(List<Change> changes, Map<MirroredTable, Map<String, Row>> rows, ApplyResult result)
            throws SQLException {
        Map<MirroredTable, Map<String, Change>> byTable = byTableAndRow(changes);
        StockLocks.lock(dest, productsTouched(byTable, rows));
        RowWriter writer = new RowWriter(dest, versionSeen);
        Map<String, BigDecimal> stockDeltas = new TreeMap<>();
        for (Map.Entry<MirroredTable, Map<String, Change>> entry : byTable.entrySet()) {
            MirroredTable table = entry.getKey();
            Map<String, Row> source = rows.getOrDefault(table, Map.of());
            Map<String, Row> present = new LinkedHashMap<>();
            Map<String, Long> bases = new LinkedHashMap<>();
            List<String> deleted = new ArrayList<>();
            for (Change ch : entry.getValue().values()) {
                Row row = source.get(ch.rowId());
                if (row != null) {
                    present.put(ch.rowId(), row);
                    bases.put(ch.rowId(), ch.baseVersion());
                } else if (ch.op() == 'D') {
                    deleted.add(ch.rowId());
                }
            }
            check(table, entry.getValue().values(), source);
            if (table.isMaster()) {
                writer.mergeMaster(table, present, bases, result);
            } else {
                for (Row added : writer.addMissing(table, present, keyOrdered, result)) {
                    if (table == MirroredTable.STOCK_MOVEMENT) {
                        stockDeltas.merge(added.string("product_id"), added.decimal("delta"), BigDecimal::add);
                    }
                }
            }
            writer.delete(table, deleted, result);
        }
        writer.moveStock(stockDeltas);
    }

    /** Asks the gate about every change of one table, with the rows on both sides. */
    private void check(MirroredTable table, java.util.Collection<Change> changes, Map<String, Row> incoming)
            throws SQLException {
        if (gate == RowGate.OPEN) {
            return;
        }
        Map<String, Row> here = Rows.fetch(dest, table, changes.stream().map(Change::rowId).toList(), false);
        for (Change ch : changes) {
            gate.check(ch, incoming.get(ch.rowId()), here.get(ch.rowId()));
        }
    }

    /** One change per row, in table order: the first change of the row, or a delete if it was deleted. */
    private static Map<MirroredTable, Map<String, Change>> byTableAndRow(List<Change> changes) {
        Map<MirroredTable, Map<String, Change>> byTable = new EnumMap<>(MirroredTable.class);
        for (Change ch : changes) {
            Map<String, Change> forTable = byTable.computeIfAbsent(ch.table(), t -> new LinkedHashMap<>());
            Change first = forTable.get(ch.rowId());
            if (first == null || ch.op() == 'D') {
                forTable.put(ch.rowId(), first == null ? ch : new Change(first.seq(), first.conn(), first.table(),
                        first.rowId(), 'D', first.baseVersion(), first.origin()));
            }
        }
        return byTable;
    }

    /** Every product whose row or stock the changes touch: they are locked before anything else. */
    private static TreeSet<String> productsTouched(Map<MirroredTable, Map<String, Change>> byTable,
                                                   Map<MirroredTable, Map<String, Row>> rows) {
        TreeSet<String> ids = new TreeSet<>(byTable.getOrDefault(MirroredTable.PRODUCT, Map.of()).keySet());
        Map<String, Row> movements = rows.getOrDefault(MirroredTable.STOCK_MOVEMENT, Map.of());
        for (String id : byTable.getOrDefault(MirroredTable.STOCK_MOVEMENT, Map.of()).keySet()) {
            Row row = movements.get(id);
            if (row != null) {
                ids.add(row.string("product_id"));
            }
        }
        return ids;
    }

    /** Finds the first row of a refused group that fails on its own, for the report. */
    private HeldGroup diagnose(List<Change> group, Map<MirroredTable, Map<String, Row>> rows,
                               SQLException groupError) throws SQLException {
        long first = group.get(0).seq();
        long last = group.get(group.size() - 1).seq();
        Savepoint sp = dest.setSavepoint();
        try {
            List<Change> ordered = new ArrayList<>(group);
            ordered.sort((a, b) -> a.table() != b.table() ? a.table().compareTo(b.table()) : Long.compare(a.seq(), b.seq()));
            for (Change ch : ordered) {
                Savepoint one = dest.setSavepoint();
                try {
                    apply(List.of(ch), rows, new ApplyResult());
                } catch (SQLException e) {
                    if (!SqlErrors.isRowProblem(e)) {
                        throw e;
                    }
                    dest.rollback(one);
                    return new HeldGroup(first, last, ch.table().sqlName(), ch.rowId(), SqlErrors.describe(e), group);
                }
            }
        } finally {
            dest.rollback(sp);
        }
        Change ch = group.get(0);
        return new HeldGroup(first, last, ch.table().sqlName(), ch.rowId(), SqlErrors.describe(groupError), group);
    }

    /** Runs of consecutive changes made on one connection: whole transactions, never split. */
    private static List<List<Change>> groups(List<Change> changes) {
        List<List<Change>> groups = new ArrayList<>();
        List<Change> current = null;
        long conn = Long.MIN_VALUE;
        for (Change ch : changes) {
            if (current == null || ch.conn() != conn || ch.conn() == 0) {
                current = new ArrayList<>();
                groups.add(current);
                conn = ch.conn();
            }
            current.add(ch);
        }
        return groups;
    }

    private interface Work {
        ApplyResult run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction and commits it; when the caller has already
     * begun a transaction on the destination (auto-commit off), the work joins it and the
     * caller commits or rolls back.
     */
    private ApplyResult inTransaction(Work work) throws SQLException {
        boolean own = dest.getAutoCommit();
        dest.setAutoCommit(false);
        try {
            setOrigin(captureOrigin);
            ApplyResult result = work.run();
            setOrigin(null);
            Conflicts.record(dest, result.conflicts());
            if (own) {
                dest.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (own) {
                try {
                    dest.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        } finally {
            try {
                setOrigin(null);
            } finally {
                if (own) {
                    dest.setAutoCommit(true);
                }
            }
        }
    }

    private void setOrigin(String origin) throws SQLException {
        try (PreparedStatement ps = dest.prepareStatement("SET @cermin_origin = ?")) {
            ps.setString(1, origin);
            ps.executeUpdate();
        }
    }
}
