package id.cermin.mirror.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The store's latest mirror runs ({@code mirror_run}), newest first, for the Sinkronisasi page. */
@ApplicationScoped
public class RunHistory {

    /**
     * One run: when, why, how much moved each way, how it ended (OK, HELD, FAILED, RUNNING or
     * INTERRUPTED), whether it reached the hub, and what the system reported when it failed.
     */
    public record Run(Instant startedAt, Instant finishedAt, String trigger, int pushed, int pulled, String result,
                      boolean hubReachable, String error) {
    }

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    public List<Run> latest(int limit) {
        List<Run> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT started_at, finished_at, trigger_kind, pushed,"
                     + " pulled, result, hub_reachable, error FROM mirror_run ORDER BY started_at DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(MirrorStatusQueries.instant(rs, 1), MirrorStatusQueries.instant(rs, 2),
                            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mirror runs", e);
        }
        return runs;
    }
}
