package id.cermin.mirror.verify;

import id.cermin.mirror.schema.MirroredTable;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a table on both sides chunk by chunk (the pt-table-checksum idea): a chunk is a
 * range of keys holding about {@link #CHUNK} of the store's rows, cut where the store's
 * keys say, so both sides compare the very same range with one index range read each.
 * A chunk whose row count or checksum differs is drilled into down to the keys.
 */
public final class Comparer {

    static final int CHUNK = 1000;
    private static final int PAGE = 5000;

    private final LocalSide store;
    private final Side hub;

    public Comparer(LocalSide store, Side hub) {
        this.store = store;
        this.hub = hub;
    }

    /** One chunk compared: its range (from, to], to null at the table's end, and the keys that differ. */
    public record Chunk(MirroredTable table, String from, String to, List<String> differing) {

        public boolean isLast() {
            return to == null;
        }
    }

    /** Compares the chunk of {@code table} that starts after key {@code from} ("" for the first). */
    public Chunk next(MirroredTable table, String from) throws SQLException {
        String to = store.chunkEnd(table, from, CHUNK).orElse(null);
        if (store.checksum(table, from, to).equals(hub.checksum(table, from, to))) {
            return new Chunk(table, from, to, List.of());
        }
        return new Chunk(table, from, to, differingKeys(table, from, to));
    }

    /** Every chunk of {@code table}, from its first key to its last. */
    public List<Chunk> all(MirroredTable table) throws SQLException {
        List<Chunk> chunks = new ArrayList<>();
        Chunk chunk = next(table, "");
        chunks.add(chunk);
        while (!chunk.isLast()) {
            chunk = next(table, chunk.to());
            chunks.add(chunk);
        }
        return chunks;
    }

    private List<String> differingKeys(MirroredTable table, String from, String to) throws SQLException {
        Map<String, Long> here = allCrcs(store, table, from, to);
        Map<String, Long> there = allCrcs(hub, table, from, to);
        TreeSet<String> keys = new TreeSet<>(here.keySet());
        keys.addAll(there.keySet());
        return keys.stream().filter(k -> !Objects.equals(here.get(k), there.get(k))).toList();
    }

    private static Map<String, Long> allCrcs(Side side, MirroredTable table, String from, String to)
            throws SQLException {
        Map<String, Long> all = new LinkedHashMap<>();
        String after = from;
        while (true) {
            Map<String, Long> page = side.rowCrcs(table, after, to, PAGE);
            all.putAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.keySet().stream().reduce((a, b) -> b).orElseThrow();
        }
    }
}
