package id.cermin.mirror.verify;

import id.cermin.mirror.apply.Applier;
import id.cermin.mirror.apply.Direction;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.link.InboxKind;
import id.cermin.mirror.link.Payload;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import id.cermin.platform.HybridClock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes rows that differ between the store and the hub equal, by the mirror's own rules:
 * a row only one side has goes to the other (nothing that was sold is ever lost); of two
 * different master rows the higher version wins (last writer wins); of two different
 * insert-only rows, or master rows of one version, the hub's is kept. The store's rows go
 * to the hub through its inbox (the hub checks them like any change), the hub's are
 * written here. A sale the hub has whose receipt number this store gave meanwhile to
 * another sale of its own (a restored database numbers again) gets that number, and the
 * store's sale a new one ({@link ReceiptClashes}).
 */
public final class Repairer {

    private final Connection store;
    private final HubLink link;
    private final NodeRef me;
    private final Applier toStore;

    public Repairer(Connection store, HubLink link, NodeRef me) {
        this.store = store;
        this.link = link;
        this.me = me;
        this.toStore = new Applier(store, Direction.PULL, "", HybridClock::observe);
    }

    /** What a repair did: rows written here, rows sent to the hub. */
    public record Repaired(int written, int sent) {

        public Repaired plus(Repaired other) {
            return new Repaired(written + other.written, sent + other.sent);
        }
    }

    /** Makes the rows with these keys of {@code table} equal on both sides. */
    public Repaired repair(MirroredTable table, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return new Repaired(0, 0);
        }
        Map<String, Row> here = Rows.fetch(store, table, ids, false);
        Map<String, Row> there = link.rowsById(table, ids);
        Map<String, Row> forHub = new LinkedHashMap<>();
        Map<String, Row> merged = new LinkedHashMap<>();
        Map<String, Row> replaced = new LinkedHashMap<>();
        for (String id : ids) {
            Row s = here.get(id);
            Row h = there.get(id);
            if (h == null && s != null) {
                forHub.put(id, s);
            } else if (s == null && h != null) {
                merged.put(id, h);
            } else if (s != null && table.isMaster() && s.compareVersion(h) > 0) {
                forHub.put(id, s);
            } else if (s != null && table.isMaster() && s.compareVersion(h) < 0) {
                merged.put(id, h);
            } else if (s != null) {
                replaced.put(id, h);
            }
        }
        int written = 0;
        if (table == MirroredTable.SALE && !merged.isEmpty()) {
            written += ReceiptClashes.renumberLocal(store, merged.values());
        }
        if (!merged.isEmpty()) {
            written += toStore.applyLoose(synthetic(table, merged), Map.of(table, merged)).rowsWritten();
        }
        if (!replaced.isEmpty()) {
            written += toStore.overwrite(table, replaced).rowsWritten();
        }
        if (!forHub.isEmpty()) {
            Map<MirroredTable, Map<String, Row>> rows = new EnumMap<>(MirroredTable.class);
            rows.put(table, forHub);
            link.push(me, InboxKind.REPAIR, 0, 0, null, new Payload(synthetic(table, forHub), rows));
        }
        return new Repaired(written, forHub.size());
    }

    /** Repairs every difference of a report, parents before children. */
    public Repaired repairAll(List<Verifier.TableDifference> differences) throws SQLException {
        Repaired total = new Repaired(0, 0);
        for (Verifier.TableDifference difference : differences) {
            total = total.plus(repair(difference.table(), difference.rowIds()));
        }
        return total;
    }

    private static List<Change> synthetic(MirroredTable table, Map<String, Row> rows) {
        return rows.keySet().stream().map(id -> Change.synthetic(table, id)).toList();
    }
}
