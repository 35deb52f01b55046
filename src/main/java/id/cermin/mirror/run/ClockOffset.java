package id.cermin.mirror.run;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How far this node's clock is from the hub database's, measured at each run (the hub's
 * time against the middle of the round trip) and kept in {@code mirror_clock}, where the
 * capture triggers read it too. Versions of master data are then taken on the hub's time.
 * Rows this store stamped while its clock ran ahead get the version of when they were
 * really written, so they neither win over later edits elsewhere nor wait at the hub for ever.
 */
final class ClockOffset {

    private ClockOffset() {
    }

    /**
     * Records the offset seen in one round trip; returns it in milliseconds (hub minus
     * here). Rows stamped from the future are looked for when this clock now runs ahead of
     * the offset it has been stamping with (a clock found slow and later set right runs
     * ahead by what was added to it), or when {@code lookAnyway} (the first run after
     * start: the clock may have been ahead before and set right since).
     */
    static long record(Connection store, String node, LocalDateTime hubNow, long sentMillis, long answeredMillis,
                       boolean lookAnyway) throws SQLException {
        long offset = hubNow.toInstant(ZoneOffset.UTC).toEpochMilli() - (sentMillis + answeredMillis) / 2;
        long stampedWith = last(store);
        HybridClock.useOffset(offset);
        try (PreparedStatement ps = store.prepareStatement("UPDATE mirror_clock SET offset_ms = ?,"
                + " measured_at = UTC_TIMESTAMP(6) WHERE id = 1")) {
            ps.setLong(1, offset);
            ps.executeUpdate();
        }
        long correction = offset - stampedWith;
        if (lookAnyway || -correction > HybridClock.MAX_AHEAD_MILLIS) {
            restampFutureVersions(store, node, correction);
        }
        return offset;
    }

    /**
     * At start-up: the clock never gives a version below one this database already holds
     * (a machine whose clock went back while it was off still stamps edits above them).
     */
    static void observeStoredVersions(Connection store) throws SQLException {
        for (MirroredTable table : MirroredTable.values()) {
            if (table.isMaster()) {
                try (PreparedStatement ps = store.prepareStatement("SELECT COALESCE(MAX(row_version), 0) FROM "
                        + table.sqlName()); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    HybridClock.observe(rs.getLong(1));
                }
            }
        }
    }

    /** The offset last measured (0 before the first contact): the clock uses it from start-up on. */
    static long last(Connection store) throws SQLException {
        try (PreparedStatement ps = store.prepareStatement("SELECT offset_ms FROM mirror_clock WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Rows this store stamped from the future get the version of when they were really
     * written (stamped time plus {@code correction}: the offset now less the one they were
     * stamped with, as far as the clock is still off by the same amount), never later than now.
     */
    private static void restampFutureVersions(Connection store, String node, long correction) throws SQLException {
        long latest = HybridClock.versionAt(HybridClock.nowMillis() + HybridClock.MAX_AHEAD_MILLIS);
        long shift = HybridClock.versionAt(correction);
        long now = HybridClock.next();
        for (MirroredTable table : MirroredTable.values()) {
            if (!table.isMaster()) {
                continue;
            }
            try (PreparedStatement ps = store.prepareStatement("UPDATE " + table.sqlName()
                    + " SET row_version = LEAST(row_version + ?, ?), updated_at = UTC_TIMESTAMP(6)"
                    + " WHERE row_version > ? AND origin_node = ?")) {
                ps.setLong(1, shift);
                ps.setLong(2, now);
                ps.setLong(3, latest);
                ps.setString(4, node);
                ps.executeUpdate();
            }
        }
    }
}
