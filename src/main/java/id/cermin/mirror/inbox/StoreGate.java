package id.cermin.mirror.inbox;

import id.cermin.mirror.apply.RowGate;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.platform.HybridClock;

import java.time.Duration;

/**
 * What the hub accepts from one store. A change that leaves the hub's row as it is always
 * passes (the same row sent again). Otherwise:
 * <ul>
 * <li>users are managed on the hub only: a store changes no user, role or password;</li>
 * <li>insert-only rows (sales, lines, voids, goods received, movements, audit) are only
 * ever added, never changed or deleted, and only rows of the store's own;</li>
 * <li>master data may be written by any store (a product, a price, a category), but a
 * version further ahead of the hub's clock than {@link #MAX_AHEAD} is held: a store with
 * a clock set ahead cannot make its edits win over later ones made elsewhere (it gives
 * such rows a new version on the hub's time once it learns its clock is off). Who wrote
 * a master row ({@code origin_node}) is not checked: a store restoring the hub's own rows
 * after the hub lost them sends rows written elsewhere.</li>
 * </ul>
 */
public final class StoreGate implements RowGate {

    /** How far ahead of the hub's clock a store's version may be. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private final String node;
    private final long latestAcceptable;

    /** @param node the store, as its database account says; {@code nowMillis} the hub's clock */
    public StoreGate(String node, long nowMillis) {
        this.node = node;
        this.latestAcceptable = HybridClock.versionAt(nowMillis + MAX_AHEAD.toMillis());
    }

    @Override
    public void check(Change change, Row incoming, Row here) throws Refused {
        if (incoming == null && here == null || incoming != null && incoming.sameAs(here)) {
            return;
        }
        MirroredTable table = change.table();
        if (table == MirroredTable.APP_USER) {
            throw new Refused("Pengguna hanya dapat diubah di pusat (" + node + " mengubah " + change.rowId() + ")");
        }
        if (!table.isMaster()) {
            checkInsertOnly(table, change, incoming, here);
        } else if (incoming != null && (here == null || incoming.compareVersion(here) > 0)
                && incoming.version() > latestAcceptable) {
            throw new Refused("Jam " + node + " lebih maju dari jam pusat: perubahan " + table.sqlName() + " "
                    + incoming.id() + " ditahan");
        }
    }

    private void checkInsertOnly(MirroredTable table, Change change, Row incoming, Row here) throws Refused {
        if (here != null) {
            throw new Refused("Data " + table.sqlName() + " " + change.rowId() + " sudah ada dan tidak boleh diubah"
                    + " atau dihapus");
        }
        if (incoming != null && table.ownerColumn().isPresent()
                && !node.equals(incoming.string(table.ownerColumn().get()))) {
            throw new Refused("Data " + table.sqlName() + " " + change.rowId() + " bukan milik " + node);
        }
    }
}
