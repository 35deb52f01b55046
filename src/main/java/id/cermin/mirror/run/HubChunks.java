package id.cermin.mirror.run;

import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rows a store may see of the hub, table after table in the mirrored order, in
 * key-ordered chunks, read one chunk ahead on a thread of its own: the hub answers the
 * next chunk while the store writes this one. Only that thread uses the link until
 * {@link #close}, which waits for the read going on before the link is used again.
 */
final class HubChunks implements AutoCloseable {

    /** Rows of one table with consecutive keys, in key order. */
    record Chunk(MirroredTable table, Map<String, Row> rows, boolean last) {
    }

    private static final List<MirroredTable> TABLES = List.of(MirroredTable.values());

    private final HubLink link;
    private final int size;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cermin-bootstrap-read");
        t.setDaemon(true);
        return t;
    });
    private Future<Chunk> ahead;
    private boolean started;

    HubChunks(HubLink link, int size) {
        this.link = link;
        this.size = size;
    }

    /** The next chunk, or null after the last table. */
    Chunk next() throws SQLException {
        if (!started) {
            started = true;
            ahead = reader.submit(() -> read(0, ""));
        }
        if (ahead == null) {
            return null;
        }
        Chunk chunk = await(ahead);
        ahead = null;
        if (chunk != null) {
            int table = chunk.last() ? chunk.table().ordinal() + 1 : chunk.table().ordinal();
            String after = chunk.last() ? "" : lastKey(chunk);
            ahead = reader.submit(() -> read(table, after));
        }
        return chunk;
    }

    /** The first chunk from table {@code index} on, keys after {@code after}; null when none is left. */
    private Chunk read(int index, String after) throws SQLException {
        String from = after;
        for (int i = index; i < TABLES.size(); i++) {
            MirroredTable table = TABLES.get(i);
            Map<String, Row> rows = link.rows(table, from, size);
            if (!rows.isEmpty()) {
                // Fewer than asked for: the table ends here, the next read starts at the next table.
                return new Chunk(table, rows, rows.size() < size);
            }
            from = "";
        }
        return null;
    }

    private static String lastKey(Chunk chunk) {
        String last = null;
        for (String id : chunk.rows().keySet()) {
            last = id;
        }
        return last;
    }

    private static Chunk await(Future<Chunk> read) throws SQLException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Bootstrap interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(e.getCause());
        }
    }

    /** Waits for the read going on, if any (its result no longer matters), and ends the thread. */
    @Override
    public void close() {
        try {
            if (ahead != null) {
                try {
                    ahead.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException ignored) {
                    // the copy stopped anyway
                }
            }
        } finally {
            reader.shutdown();
        }
    }
}
