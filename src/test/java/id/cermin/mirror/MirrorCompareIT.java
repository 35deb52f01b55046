package id.cermin.mirror;

import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.verify.Divergences;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never silently different: the compare of "Periksa data" also runs on its own after
 * every mirror run. A sale the hub lost comes back without anyone pressing a button; a
 * product changed on one side behind the mirror's back (same version, other content) is
 * recorded as a difference and shown until the owner chooses, and only then.
 */
class MirrorCompareIT {

    private MirrorFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("compare", 20);
    }

    @Test
    void aSaleTheHubLostComesBackOnItsOwn() throws Exception {
        String saleId = f.sell(f.store, 1, f.product(0), f.product(1));
        f.sync();
        f.sync();
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", saleId));
        try (Connection h = f.hub.connect()) {
            // Lost behind the mirror's back (as a hub restored from an old backup would have lost it).
            ShopWrites.exec(h, "SET @cermin_origin = ''");
            ShopWrites.exec(h, "DELETE FROM stock_movement WHERE source_id = ?", saleId);
            ShopWrites.exec(h, "DELETE FROM sale_line WHERE sale_id = ?", saleId);
            ShopWrites.exec(h, "DELETE FROM sale WHERE id = ?", saleId);
            ShopWrites.exec(h, "UPDATE product p SET stock = (SELECT COALESCE(SUM(m.delta), 0) FROM stock_movement m"
                    + " WHERE m.product_id = p.id)");
        }
        f.sync();
        f.sync();
        assertEquals(1, f.hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", saleId), "the sale is back");
        assertEquals(2, f.hub.count("SELECT COUNT(*) FROM sale_line WHERE sale_id = ?", saleId), "with its lines");
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_divergence"), "repaired, not shown");
        f.assertConverged();
    }

    @Test
    void aMasterRowThatDiffersIsShownUntilTheOwnerChooses() throws Exception {
        try (Connection h = f.hub.connect()) {
            ShopWrites.exec(h, "SET @cermin_origin = ''");
            ShopWrites.exec(h, "UPDATE product SET name = 'Diubah diam-diam' WHERE id = ?", f.product(3));
        }
        f.sync();
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_divergence"), "not yet: it may be on its way");
        f.sync();
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM mirror_divergence WHERE row_id = ?", f.product(3)),
                "still different after another run: shown to the owner");
        f.sync();
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM mirror_divergence"), "and it stays until chosen");
        assertEquals("product:1", f.hub.value("SELECT diverged FROM mirror_peer"), "the hub is told too");

        try (Connection s = f.store.connect(); Connection h = f.account.dataSource().getConnection()) {
            Divergences.keepHub(s, new HubLink(h), MirroredTable.PRODUCT, f.product(3));
        }
        assertEquals("Diubah diam-diam", f.store.value("SELECT name FROM product WHERE id = ?", f.product(3)));
        f.sync();
        assertEquals(0, f.store.count("SELECT COUNT(*) FROM mirror_divergence"));
        assertNull(f.hub.value("SELECT diverged FROM mirror_peer"), "and told when it is over");
        assertTrue(f.compare().same());
    }
}
