package id.cermin.mirror.verify;

import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.Checksum;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/** The hub as a {@link Side}, through the procedures it offers this store. */
public final class HubSide implements Side {

    private final HubLink link;

    public HubSide(HubLink link) {
        this.link = link;
    }

    @Override
    public Checksum checksum(MirroredTable table, String from, String to) throws SQLException {
        return link.checksum(table, from, to);
    }

    @Override
    public Map<String, Long> rowCrcs(MirroredTable table, String from, String to, int limit) throws SQLException {
        return link.rowCrcs(table, from, to, limit);
    }

    @Override
    public Map<String, Row> rowsById(MirroredTable table, Collection<String> ids) throws SQLException {
        return link.rowsById(table, ids);
    }
}
