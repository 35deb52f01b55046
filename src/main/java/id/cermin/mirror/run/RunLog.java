package id.cermin.mirror.run;

import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.schema.RowJson;

import id.cermin.platform.Ids;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's run history ({@code mirror_run}): a row when a run starts, completed when
 * it ends. Runs older than {@link #KEEP_DAYS} days are dropped as new ones finish.
 */
final class RunLog {

    static final int KEEP_DAYS = 30;

    private final String id;

    private RunLog(String id) {
        this.id = id;
    }

    /** Runs never overlap, so on an engine's first run any run still marked as running was cut short. */
    static void markInterrupted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mirror_run SET result = 'INTERRUPTED',"
                + " finished_at = UTC_TIMESTAMP(6) WHERE result = 'RUNNING'")) {
            ps.executeUpdate();
        }
    }

    static RunLog start(Connection c, String trigger) throws SQLException {
        RunLog log = new RunLog(Ids.newId());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mirror_run (id, started_at, trigger_kind, result)"
                + " VALUES (?, UTC_TIMESTAMP(6), ?, 'RUNNING')")) {
            ps.setString(1, log.id);
            ps.setString(2, trigger);
            ps.executeUpdate();
        }
        return log;
    }

    void finish(Connection c, RunReport report) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mirror_run SET finished_at = UTC_TIMESTAMP(6),"
                + " pushed = ?, pulled = ?, hub_reachable = ?, result = ?, error = ?, acked_seq = ?, held = ?"
                + " WHERE id = ?")) {
            ps.setInt(1, report.pushed());
            ps.setInt(2, report.pulled());
            ps.setBoolean(3, report.hubReachable());
            ps.setString(4, !report.succeeded() ? "FAILED" : report.held() > 0 ? "HELD" : "OK");
            ps.setString(5, report.error());
            if (report.ackedSeq() >= 0) {
                ps.setLong(6, report.ackedSeq());
            } else {
                ps.setNull(6, java.sql.Types.BIGINT);
            }
            ps.setString(7, report.held() == 0 ? null : heldJson(report));
            ps.setString(8, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mirror_run WHERE started_at < UTC_TIMESTAMP(6)"
                + " - INTERVAL " + KEEP_DAYS + " DAY LIMIT 1000")) {
            ps.executeUpdate();
        }
    }

    private static String heldJson(RunReport report) {
        StringBuilder json = new StringBuilder("[");
        append(json, Direction.PUSH, report.heldPush());
        append(json, Direction.PULL, report.heldPull());
        return json.append(']').toString();
    }

    private static void append(StringBuilder json, Direction direction, List<HeldGroup> groups) {
        for (HeldGroup g : groups) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(RowJson.of(List.of("direction", "table", "rowId", "reason"),
                    new Object[] {direction.name(), g.table(), g.rowId(), g.reason()}));
        }
    }
}
