package id.cermin.mirror.verify;

import id.cermin.mirror.schema.Checksum;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.RowQueries;
import id.cermin.mirror.schema.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The store's own database as a {@link Side}: the same rows and checksums the hub's procedures give. */
public final class LocalSide implements Side {

    private final Connection c;
    private final String node;

    public LocalSide(Connection c, String node) {
        this.c = c;
        this.node = node;
    }

    @Override
    public Checksum checksum(MirroredTable table, String from, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(" + RowQueries.rowCrc(table)
                + "), 0) FROM " + table.sqlName() + " t WHERE " + RowQueries.visibleTo(table, "?")
                + " AND t.id > ? AND (? IS NULL OR t.id <= ?)")) {
            int i = bindNode(ps, table);
            bindRange(ps, i, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Checksum(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    @Override
    public Map<String, Long> rowCrcs(MirroredTable table, String from, String to, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, " + RowQueries.rowCrc(table) + " FROM "
                + table.sqlName() + " t WHERE " + RowQueries.visibleTo(table, "?")
                + " AND t.id > ? AND (? IS NULL OR t.id <= ?) ORDER BY t.id LIMIT ?")) {
            int i = bindRange(ps, bindNode(ps, table), from, to);
            ps.setInt(i, limit);
            Map<String, Long> crcs = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    crcs.put(rs.getString(1), rs.getLong(2));
                }
            }
            return crcs;
        }
    }

    @Override
    public Map<String, Row> rowsById(MirroredTable table, Collection<String> ids) throws SQLException {
        return Rows.fetch(c, table, ids, false);
    }

    /**
     * The key after which the next chunk of about {@code size} rows ends, starting after
     * {@code from}; empty when fewer rows are left (the chunk then has no end).
     */
    public Optional<String> chunkEnd(MirroredTable table, String from, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM " + table.sqlName() + " t WHERE "
                + RowQueries.visibleTo(table, "?") + " AND t.id > ? ORDER BY t.id LIMIT 1 OFFSET ?")) {
            int i = bindNode(ps, table);
            ps.setString(i, from);
            ps.setInt(i + 1, size - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Binds this store's name once per column naming a store the table's rows go to. */
    private int bindNode(PreparedStatement ps, MirroredTable table) throws SQLException {
        int i = 1;
        for (String ignored : table.readerColumns()) {
            ps.setString(i++, node);
        }
        return i;
    }

    private static int bindRange(PreparedStatement ps, int i, String from, String to) throws SQLException {
        ps.setString(i, from);
        ps.setString(i + 1, to);
        ps.setString(i + 2, to);
        return i + 3;
    }
}
