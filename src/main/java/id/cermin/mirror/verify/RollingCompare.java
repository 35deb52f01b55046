package id.cermin.mirror.verify;

import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compare of "Periksa data", run on its own a little at a time: each step (after a
 * mirror run) compares chunks from where the last one stopped until its time is spent,
 * round after round over every table, so nothing stays different unseen for long.
 * Insert-only rows that differ are repaired at once (the union is always right). A row of
 * master data that differs is looked at again after the next mirror run (it may only have
 * been on its way); if it still differs it is recorded ({@code mirror_divergence}) and
 * shown to the owner until the two sides agree again.
 */
public final class RollingCompare {

    private static final int RECHECKED_PER_STEP = 200;

    private final Connection store;
    private final Repairer repairer;
    private final Comparer comparer;
    private final HubSide hub;
    private final LocalSide here;

    public RollingCompare(Connection store, HubLink link, NodeRef me) {
        this.store = store;
        this.repairer = new Repairer(store, link, me);
        this.here = new LocalSide(store, me.node());
        this.hub = new HubSide(link);
        this.comparer = new Comparer(here, hub);
    }

    /** What one step did. */
    public record Step(int chunks, int repaired, int diverged, boolean roundEnded) {
    }

    /**
     * One step. {@code suspects} holds the master rows ("table/id") found different by the
     * step before; it is replaced by the ones found now.
     */
    public Step step(long budgetMillis, Set<String> suspects) throws SQLException {
        long deadline = System.currentTimeMillis() + budgetMillis;
        recheckDivergences();
        int diverged = confirm(suspects);
        Set<String> found = new LinkedHashSet<>();
        int chunks = 0;
        int repaired = 0;
        boolean roundEnded = false;
        Position at = position();
        do {
            Comparer.Chunk chunk = comparer.next(at.table(), at.after());
            chunks++;
            // Rows still in this store's log are on their way to the hub: not a difference.
            List<String> differing = ChangeLog.notLogged(store, at.table(), chunk.differing());
            if (!differing.isEmpty()) {
                if (at.table().isMaster()) {
                    for (String id : differing) {
                        found.add(at.table().sqlName() + "/" + id);
                    }
                } else {
                    Repairer.Repaired r = repairer.repair(at.table(), differing);
                    repaired += r.written() + r.sent();
                }
            }
            if (chunk.isLast()) {
                roundEnded = at.table().ordinal() == MirroredTable.values().length - 1;
                at = new Position(MirroredTable.values()[(at.table().ordinal() + 1) % MirroredTable.values().length], "");
            } else {
                at = new Position(at.table(), chunk.to());
            }
            save(at, roundEnded);
        } while (System.currentTimeMillis() < deadline && !roundEnded);
        suspects.clear();
        suspects.addAll(found);
        return new Step(chunks, repaired, diverged, roundEnded);
    }

    private record Position(MirroredTable table, String after) {
    }

    private Position position() throws SQLException {
        try (PreparedStatement ps = store.prepareStatement("SELECT table_name, next_after FROM mirror_compare"
                + " ORDER BY table_name LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                MirroredTable table = MirroredTable.bySqlName(rs.getString(1)).orElse(MirroredTable.values()[0]);
                return new Position(table, table.sqlName().equals(rs.getString(1)) ? rs.getString(2) : "");
            }
        }
        startRound();
        return new Position(MirroredTable.values()[0], "");
    }

    private void save(Position at, boolean roundEnded) throws SQLException {
        try (PreparedStatement ps = store.prepareStatement("DELETE FROM mirror_compare")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.prepareStatement(
                "INSERT INTO mirror_compare (table_name, next_after) VALUES (?, ?)")) {
            ps.setString(1, at.table().sqlName());
            ps.setString(2, at.after());
            ps.executeUpdate();
        }
        if (roundEnded) {
            try (PreparedStatement ps = store.prepareStatement("UPDATE mirror_compare_round"
                    + " SET last_ended_at = UTC_TIMESTAMP(6), started_at = NULL WHERE id = 1")) {
                ps.executeUpdate();
            }
            startRound();
        }
    }

    private void startRound() throws SQLException {
        try (PreparedStatement ps = store.prepareStatement(
                "UPDATE mirror_compare_round SET started_at = UTC_TIMESTAMP(6) WHERE id = 1 AND started_at IS NULL")) {
            ps.executeUpdate();
        }
    }

    /** Suspects that still differ now, after a mirror run, are recorded as differences. */
    private int confirm(Set<String> suspects) throws SQLException {
        int recorded = 0;
        for (String key : stillDifferent(suspects)) {
            try (PreparedStatement ps = store.prepareStatement("INSERT INTO mirror_divergence (table_name, row_id,"
                    + " found_at) VALUES (?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE row_id = row_id")) {
                ps.setString(1, key.substring(0, key.indexOf('/')));
                ps.setString(2, key.substring(key.indexOf('/') + 1));
                recorded += ps.executeUpdate() > 0 ? 1 : 0;
            }
        }
        return recorded;
    }

    /** Recorded differences the two sides have settled since (the owner chose, or an edit came) are dropped. */
    private void recheckDivergences() throws SQLException {
        List<String> recorded = new ArrayList<>();
        try (PreparedStatement ps = store.prepareStatement("SELECT table_name, row_id FROM mirror_divergence"
                + " ORDER BY found_at LIMIT " + RECHECKED_PER_STEP);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                recorded.add(rs.getString(1) + "/" + rs.getString(2));
            }
        }
        Set<String> different = stillDifferent(recorded);
        for (String key : recorded) {
            if (!different.contains(key)) {
                try (PreparedStatement ps = store.prepareStatement(
                        "DELETE FROM mirror_divergence WHERE table_name = ? AND row_id = ?")) {
                    ps.setString(1, key.substring(0, key.indexOf('/')));
                    ps.setString(2, key.substring(key.indexOf('/') + 1));
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Of these rows ("table/id"), the ones that differ between the two sides now. */
    private Set<String> stillDifferent(Collection<String> keys) throws SQLException {
        Set<String> different = new LinkedHashSet<>();
        for (MirroredTable table : MirroredTable.values()) {
            String prefix = table.sqlName() + "/";
            List<String> ids = keys.stream().filter(k -> k.startsWith(prefix))
                    .map(k -> k.substring(prefix.length())).toList();
            if (ids.isEmpty()) {
                continue;
            }
            Map<String, Row> mine = here.rowsById(table, ids);
            Map<String, Row> theirs = hub.rowsById(table, ids);
            for (String id : ids) {
                Row a = mine.get(id);
                Row b = theirs.get(id);
                boolean same = a == null ? b == null : a.sameAs(b);
                if (!same) {
                    different.add(prefix + id);
                }
            }
        }
        return different;
    }
}
