package id.cermin.mirror.link;

import id.cermin.mirror.apply.Cursors;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.capture.Batch;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.schema.Checksum;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's side of the link to the hub's database: one method per procedure the hub
 * offers stores ({@link StoreProcedures}), over the store's own hub account. Nothing
 * here reads or writes a hub table directly; the account could not.
 */
public final class HubLink {

    private final Connection hub;

    public HubLink(Connection hub) {
        this.hub = hub;
    }

    /** What the hub knows of this store, as {@code mirror_hello} says. */
    public record Hello(String node, NodeRef hub, LocalDateTime hubNow, long purgedThrough, String cursorFp,
                        Cursors.Position applied, long receivedSeq, long inboxWaiting, LocalDateTime inboxOldest,
                        List<HeldGroup> held, List<Waiting> waiting) {

        /** How far the hub has this database's changes: applied, or waiting in its inbox. */
        public long deliveredSeq() {
            return Math.max(applied == null ? 0 : applied.seq(), receivedSeq);
        }
    }

    /** An inbox entry the hub keeps waiting, and why. */
    public record Waiting(String kind, long firstSeq, long lastSeq, String reason, int attempts) {
    }

    /** Rows read from the hub's log for this store, with their rows per table. */
    public record Pulled(Batch batch, Map<MirroredTable, Map<String, Row>> rows) {
    }

    public Hello hello(NodeRef me, long cursor) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_hello(?, ?, ?)}")) {
            cs.setString(1, me.dbId());
            cs.setString(2, me.incarnation());
            cs.setLong(3, cursor);
            Results results = new Results(cs);
            ResultSet rs = results.next();
            if (!rs.next()) {
                throw new SQLException("The hub did not answer mirror_hello");
            }
            String node = rs.getString(1);
            NodeRef hubRef = new NodeRef(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
            LocalDateTime hubNow = rs.getObject(6, LocalDateTime.class);
            long purged = rs.getLong(7);
            String cursorFp = rs.getString(8);
            long appliedSeq = rs.getLong(9);
            Cursors.Position applied = rs.wasNull() ? null
                    : new Cursors.Position(appliedSeq, rs.getString(10), rs.getString(11));
            long waitingCount = rs.getLong(12);
            LocalDateTime oldest = rs.getObject(13, LocalDateTime.class);
            long received = rs.getLong(14);
            List<HeldGroup> held = new ArrayList<>();
            rs = results.next();
            while (rs.next()) {
                held.add(new HeldGroup(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.of()));
            }
            List<Waiting> waiting = new ArrayList<>();
            rs = results.next();
            while (rs.next()) {
                waiting.add(new Waiting(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5)));
            }
            return new Hello(node, hubRef, hubNow, purged, cursorFp, applied, received, waitingCount, oldest, held,
                    waiting);
        }
    }

    public void push(NodeRef me, InboxKind kind, long firstSeq, long lastSeq, String lastFp, Payload payload)
            throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_push(?, ?, ?, ?, ?, ?, ?)}")) {
            cs.setString(1, me.dbId());
            cs.setString(2, me.incarnation());
            cs.setString(3, kind.name());
            cs.setLong(4, firstSeq);
            cs.setLong(5, lastSeq);
            cs.setString(6, lastFp);
            cs.setString(7, payload.encode());
            cs.execute();
        }
    }

    /** The next whole transactions of the hub's log for this store after {@code after}. */
    public Pulled pull(long after, int limit, String hubNode) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_pull(?, ?)}")) {
            cs.setLong(1, after);
            cs.setInt(2, limit);
            Results results = new Results(cs);
            ResultSet rs = results.next();
            rs.next();
            long lastSeq = rs.getLong(1);
            String lastFp = rs.getString(2);
            List<Change> changes = new ArrayList<>();
            rs = results.next();
            while (rs.next()) {
                String tableName = rs.getString(3);
                MirroredTable table = MirroredTable.bySqlName(tableName)
                        .orElseThrow(() -> new SQLException("Unknown mirrored table " + tableName));
                long base = rs.getLong(6);
                changes.add(new Change(rs.getLong(1), rs.getLong(2), table, rs.getString(4), rs.getString(5).charAt(0),
                        rs.wasNull() ? null : base, rs.getString(7)));
            }
            Map<MirroredTable, Map<String, Row>> rows = new EnumMap<>(MirroredTable.class);
            for (MirroredTable table : MirroredTable.values()) {
                Map<String, Row> ofTable = new LinkedHashMap<>();
                Rows.read(results.next(), table, ofTable);
                if (!ofTable.isEmpty()) {
                    rows.put(table, ofTable);
                }
            }
            return new Pulled(new Batch(after, Math.max(after, lastSeq), lastFp, changes), rows);
        }
    }

    /** Up to {@code limit} rows of {@code table} this store may see, in key order after {@code afterId}. */
    public Map<String, Row> rows(MirroredTable table, String afterId, int limit) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_rows(?, ?, ?)}")) {
            cs.setString(1, table.sqlName());
            cs.setString(2, afterId);
            cs.setInt(3, limit);
            Map<String, Row> rows = new LinkedHashMap<>();
            Rows.read(new Results(cs).next(), table, rows);
            return rows;
        }
    }

    /** The rows of {@code table} with these keys that this store may see. */
    public Map<String, Row> rowsById(MirroredTable table, Collection<String> ids) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(ids);
        for (int from = 0; from < keys.size(); from += Rows.KEYS_PER_STATEMENT) {
            JsonArrayBuilder json = Json.createArrayBuilder();
            keys.subList(from, Math.min(keys.size(), from + Rows.KEYS_PER_STATEMENT)).forEach(json::add);
            try (CallableStatement cs = hub.prepareCall("{CALL mirror_rows_by_id(?, ?)}")) {
                cs.setString(1, table.sqlName());
                cs.setString(2, json.build().toString());
                Rows.read(new Results(cs).next(), table, rows);
            }
        }
        return rows;
    }

    /** Rows and checksum of the rows of {@code table} this store may see, keys in (from, to] (no end when null). */
    public Checksum checksum(MirroredTable table, String from, String to) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_checksum(?, ?, ?)}")) {
            cs.setString(1, table.sqlName());
            cs.setString(2, from);
            cs.setString(3, to);
            ResultSet rs = new Results(cs).next();
            rs.next();
            return new Checksum(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Key and checksum of up to {@code limit} rows of {@code table} this store may see, keys in (from, to]. */
    public Map<String, Long> rowCrcs(MirroredTable table, String from, String to, int limit) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_row_crcs(?, ?, ?, ?)}")) {
            cs.setString(1, table.sqlName());
            cs.setString(2, from);
            cs.setString(3, to);
            cs.setInt(4, limit);
            ResultSet rs = new Results(cs).next();
            Map<String, Long> crcs = new LinkedHashMap<>();
            while (rs.next()) {
                crcs.put(rs.getString(1), rs.getLong(2));
            }
            return crcs;
        }
    }

    /** Tells the hub how this store's run went, for the hub's Sinkronisasi page. */
    public void report(NodeRef me, boolean ok, String error, String diverged) throws SQLException {
        try (CallableStatement cs = hub.prepareCall("{CALL mirror_report(?, ?, ?, ?)}")) {
            cs.setString(1, me.dbId());
            cs.setBoolean(2, ok);
            cs.setString(3, error);
            cs.setString(4, diverged);
            cs.execute();
        }
    }

    /** Reads from here on see one consistent state of the hub, until {@link #endSnapshot}. */
    public void beginSnapshot() throws SQLException {
        hub.setAutoCommit(false);
        hub.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (PreparedStatement ps = hub.prepareStatement("START TRANSACTION WITH CONSISTENT SNAPSHOT")) {
            ps.execute();
        }
    }

    public void endSnapshot() throws SQLException {
        try {
            hub.commit();
        } finally {
            hub.setAutoCommit(true);
            hub.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** The result sets of one procedure call, in order. */
    private static final class Results {
        private final CallableStatement call;
        private boolean first = true;

        Results(CallableStatement call) throws SQLException {
            this.call = call;
            if (!call.execute()) {
                throw new SQLException("The hub's procedure returned no rows");
            }
        }

        ResultSet next() throws SQLException {
            if (first) {
                first = false;
                return call.getResultSet();
            }
            if (!call.getMoreResults()) {
                throw new SQLException("The hub's procedure returned fewer results than expected");
            }
            return call.getResultSet();
        }
    }
}
