package id.cermin.mirror.inbox;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.ApplyResult;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldChanges;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.capture.Batch;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.InboxKind;
import id.cermin.mirror.link.Payload;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hub's side of the mirror: takes what stores put into the inbox, oldest first, and
 * applies each entry in one transaction of the hub's own, with the same applier the
 * stores use and the {@link StoreGate} of the store the entry came from (the store is
 * the one its database account names, never what the entry says). The entry leaves the
 * inbox in the transaction that applied it, so nothing is applied twice or lost.
 * Changes the hub refuses are held with their reason, where the store sees them.
 */
public final class InboxApplier {

    private final Connection hub;

    /** @param hub a connection of the hub's own application to its database */
    public InboxApplier(Connection hub) {
        this.hub = hub;
    }

    /** What one pass did. */
    public record Drained(int applied, int rowsWritten, int held, int conflicts) {
    }

    private record Entry(long id, String node, String sourceDb, String incarnation, InboxKind kind, long firstSeq,
                         long lastSeq, String lastFp, String payload) {
    }

    /** Applies up to {@code max} waiting entries, oldest first. */
    public Drained drain(int max) throws SQLException {
        int applied = 0;
        int rows = 0;
        int held = 0;
        int conflicts = 0;
        for (Entry entry : waiting(max)) {
            ApplyResult result = apply(entry);
            applied++;
            rows += result.rowsWritten();
            held += result.held().size();
            conflicts += result.conflicts().size();
        }
        return new Drained(applied, rows, held, conflicts);
    }

    private List<Entry> waiting(int max) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = hub.prepareStatement("SELECT id, node, source_db, incarnation, kind, first_seq,"
                + " last_seq, last_fp, payload FROM mirror_inbox ORDER BY id LIMIT ?")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            InboxKind.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return entries;
    }

    private ApplyResult apply(Entry entry) throws SQLException {
        NodeRef source = new NodeRef(entry.sourceDb(), entry.incarnation(), entry.node(), entry.lastSeq());
        Applier applier = new Applier(hub, Direction.PUSH, entry.node(), HybridClock::observe,
                new StoreGate(entry.node(), System.currentTimeMillis()));
        hub.setAutoCommit(false);
        try {
            if (!stillWaiting(entry)) {
                // Another pass (a second hub server) applied it meanwhile.
                hub.rollback();
                return new ApplyResult();
            }
            ApplyResult result;
            try {
                Payload payload = Payload.decode(entry.payload(), entry.node());
                result = switch (entry.kind()) {
                    case BATCH -> applier.applyBatch(source, new Batch(entry.firstSeq() - 1, entry.lastSeq(),
                            entry.lastFp(), payload.changes()), payload.rows());
                    case RETRY -> applier.retry(source, new HeldGroup(entry.firstSeq(), entry.lastSeq(), "", "", "",
                            payload.changes()), payload.changes(), payload.rows());
                    case REPAIR -> applier.applyLoose(payload.changes(), payload.rows());
                };
            } catch (IllegalArgumentException unreadable) {
                result = unreadable(entry, source, applier, unreadable);
            }
            try (PreparedStatement ps = hub.prepareStatement("DELETE FROM mirror_inbox WHERE id = ?")) {
                ps.setLong(1, entry.id());
                ps.executeUpdate();
            }
            hub.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            hub.rollback();
            throw e;
        } finally {
            hub.setAutoCommit(true);
        }
    }

    /** Locks the entry until this transaction ends; false when it is gone. */
    private boolean stillWaiting(Entry entry) throws SQLException {
        try (PreparedStatement ps = hub.prepareStatement("SELECT id FROM mirror_inbox WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, entry.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * An entry that is not a payload at all: its range is held with the reason, like a
     * refused group, so later batches still flow and the store sees why.
     */
    private ApplyResult unreadable(Entry entry, NodeRef source, Applier applier, IllegalArgumentException e)
            throws SQLException {
        HeldGroup group = new HeldGroup(entry.firstSeq(), entry.lastSeq(), "-", "-",
                "Kiriman tidak terbaca: " + SqlErrors.describe(e), List.of());
        ApplyResult result = new ApplyResult();
        if (entry.kind() == InboxKind.BATCH) {
            applier.applyBatch(source, new Batch(entry.firstSeq() - 1, entry.lastSeq(), entry.lastFp(), List.of()),
                    java.util.Map.of());
        }
        if (entry.kind() != InboxKind.REPAIR) {
            HeldChanges.file(hub, Direction.PUSH, entry.sourceDb(), List.of(group));
            result.held().add(group);
        }
        return result;
    }
}
