package id.cermin.mirror.web;

import id.cermin.mirror.apply.Direction;

import id.cermin.platform.NodeIdentity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads {@link MirrorStatus} from this node's own database only (never the hub), so the
 * dashboard answers at once even when the link is down: the latest finished run, the
 * local changes the hub has not acknowledged, held groups, conflicts and, on the hub,
 * what each store last reported.
 */
@ApplicationScoped
public class MirrorStatusQueries {

    private static final Logger LOG = Logger.getLogger(MirrorStatusQueries.class.getName());

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private NodeIdentity identity;

    @Inject
    private MirrorService mirror;

    public MirrorStatus status() {
        boolean hub = identity.role() == NodeIdentity.Role.HUB;
        try (Connection c = dataSource.getConnection()) {
            Boolean reachable = null;
            Instant lastRunAt = null;
            String lastError = null;
            String heldJson = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT finished_at, hub_reachable, error, held"
                    + " FROM mirror_run WHERE finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lastRunAt = instant(rs, 1);
                    reachable = rs.getBoolean(2);
                    lastError = rs.getString(3);
                    heldJson = rs.getString(4);
                }
            }
            long[] pending = pending(c, acked(c));
            List<MirrorStatus.Held> held = localHeld(c, hub ? Direction.PUSH : Direction.PULL);
            held.addAll(pushedHeld(heldJson));
            return new MirrorStatus(identity.node(), identity.roleName(), reachable,
                    Boolean.FALSE.equals(reachable) ? unreachableSince(c) : null, pending[0], pending[1],
                    lastRunAt, lastSuccess(c), lastError, count(c, "SELECT COUNT(*) FROM mirror_conflict"),
                    mirror.isRunning(), mirror.bootstrapCopied(), held, hub ? stores(c) : List.of(), divergence(c),
                    comparedAt(c), hub ? null : clockOffsetSeconds(c));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mirror status", e);
        }
    }

    private static MirrorStatus.Divergence divergence(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        long rows = 0;
        Instant since = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, COUNT(*), MIN(found_at) FROM mirror_divergence"
                + " GROUP BY table_name ORDER BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                rows += rs.getLong(2);
                Instant found = instant(rs, 3);
                since = since == null || found.isBefore(since) ? found : since;
            }
        }
        return rows == 0 ? null : new MirrorStatus.Divergence(since, tables, rows);
    }

    /** When the rolling compare last went over every table. */
    private static Instant comparedAt(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_ended_at FROM mirror_compare_round WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? instant(rs, 1) : null;
        }
    }

    /** The hub's clock minus this node's, as last measured; null before any. */
    private static Long clockOffsetSeconds(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT offset_ms, measured_at FROM mirror_clock WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getObject(2) != null ? rs.getLong(1) / 1000 : null;
        }
    }

    /** The hub's cursor for this node as of the latest run that learned it, 0 if none did. */
    private static long acked(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT acked_seq FROM mirror_run"
                + " WHERE acked_seq IS NOT NULL ORDER BY started_at DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** How many changes made here are past {@code acked}, and the age in seconds of the oldest. */
    private long[] pending(Connection c, long acked) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*),"
                + " COALESCE(TIMESTAMPDIFF(SECOND, MIN(changed_at), UTC_TIMESTAMP(6)), 0)"
                + " FROM mirror_change WHERE seq > ? AND origin = ?")) {
            ps.setLong(1, acked);
            ps.setString(2, identity.node());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), Math.max(0, rs.getLong(2))};
            }
        }
    }

    /** The start of the first run that could not reach the hub since the last one that could. */
    private static Instant unreachableSince(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(started_at) FROM mirror_run"
                + " WHERE finished_at IS NOT NULL AND NOT hub_reachable AND started_at > COALESCE("
                + "(SELECT MAX(started_at) FROM mirror_run WHERE finished_at IS NOT NULL AND hub_reachable),"
                + " '1970-01-01')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? instant(rs, 1) : null;
        }
    }

    private static Instant lastSuccess(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT finished_at FROM mirror_run"
                + " WHERE result IN ('OK', 'HELD') AND finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? instant(rs, 1) : null;
        }
    }

    /** Groups this database refused, kept here as the destination. */
    private static List<MirrorStatus.Held> localHeld(Connection c, Direction direction) throws SQLException {
        List<MirrorStatus.Held> held = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT direction, table_name, row_id, reason"
                + " FROM mirror_error WHERE direction = ? ORDER BY first_seq")) {
            ps.setString(1, direction.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new MirrorStatus.Held(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return held;
    }

    /** The PUSH groups the hub was holding at the end of the latest run, from the run's JSON. */
    static List<MirrorStatus.Held> pushedHeld(String json) {
        List<MirrorStatus.Held> held = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return held;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                if (value instanceof JsonObject o && Direction.PUSH.name().equals(o.getString("direction", null))) {
                    held.add(new MirrorStatus.Held(Direction.PUSH.name(), o.getString("table", ""),
                            o.getString("rowId", ""), o.getString("reason", "")));
                }
            }
        } catch (JsonException | IllegalStateException e) {
            LOG.warning("Unreadable held list in mirror_run: " + e.getMessage());
        }
        return held;
    }

    /**
     * Every registered store with its latest report (a store reinstalled reports under a new
     * database id; the newest counts), what waits for it on the hub and what the hub holds.
     */
    private static List<MirrorStatus.Store> stores(Connection c) throws SQLException {
        List<MirrorStatus.Store> stores = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.node, s.last_contact_at, p.last_run_at, p.last_success_at, p.last_error, p.diverged,
                       (SELECT COUNT(*) FROM mirror_inbox i WHERE i.node = s.node),
                       (SELECT MIN(i.received_at) FROM mirror_inbox i WHERE i.node = s.node),
                       (SELECT COUNT(*) FROM mirror_change m WHERE m.seq > s.pulled_seq AND m.route IN ('*', s.node)
                        AND m.origin <> s.node),
                       (SELECT MIN(m.changed_at) FROM mirror_change m WHERE m.seq > s.pulled_seq
                        AND m.route IN ('*', s.node) AND m.origin <> s.node),
                       (SELECT COUNT(*) FROM mirror_error e JOIN mirror_peer q ON q.db_id = e.source_db
                        WHERE q.node = s.node AND e.direction = 'PUSH')
                FROM mirror_store s
                LEFT JOIN mirror_peer p ON p.db_id = (SELECT q.db_id FROM mirror_peer q WHERE q.node = s.node
                                                      ORDER BY q.last_run_at DESC LIMIT 1)
                WHERE s.retired_at IS NULL
                ORDER BY s.node
                """);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stores.add(new MirrorStatus.Store(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5), rs.getLong(7), instant(rs, 8), rs.getLong(9), instant(rs, 10), rs.getLong(11),
                        rs.getString(6)));
            }
        }
        return stores;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
