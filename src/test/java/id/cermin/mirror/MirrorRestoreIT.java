package id.cermin.mirror;

import id.cermin.mirror.run.RunReport;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The field report, replayed: the store's database is restored from last night's backup
 * while three sales made after it are on the hub only; the counter then gives the next
 * sale a number one of those three already has (its records end at the backup). The
 * store's next run sees it went back in time, gets the three sales back before it sends
 * anything, and gives its own new sale the next free number (recorded in the audit log);
 * both sides end equal, every sale once, no number twice.
 */
class MirrorRestoreIT {

    private static final String DAY = "S1-20261203-";
    private MirrorFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("restore", 5);
    }

    @Test
    void aRestoredStoreGetsBackItsLaterSalesAndNeverGivesANumberTwice() throws Exception {
        for (int i = 1; i <= 20; i++) {
            sell(i);
        }
        f.sync();
        Path backup = Files.createDirectories(Path.of("target/it/backups")).resolve("field-store.sql");
        f.store.backupTo(backup);
        List<String> afterBackup = List.of(sell(21), sell(22), sell(23));
        f.sync();
        f.sync();
        assertEquals(23, f.hub.count("SELECT COUNT(*) FROM sale"));

        f.store.restoreFrom(backup);
        assertEquals(20, f.store.count("SELECT COUNT(*) FROM sale"), "the backup ends at sale 20");
        String again = sell(21);

        RunReport recovery = f.sync();
        assertEquals("STORE", recovery.recovered());
        f.sync();
        for (String id : afterBackup) {
            assertEquals(1, f.store.count("SELECT COUNT(*) FROM sale WHERE id = ?", id), "the later sales are back");
        }
        assertEquals(DAY + "0024", f.store.value("SELECT receipt_no FROM sale WHERE id = ?", again),
                "the sale made after the restore takes the next free number");
        assertEquals(DAY + "0024", f.hub.value("SELECT receipt_no FROM sale WHERE id = ?", again));
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM audit_log WHERE action = 'RECEIPT_RENUMBERED'"
                + " AND entity_id = ?", again));
        assertEquals(24, f.hub.count("SELECT COUNT(*) FROM sale"));
        assertEquals(24, f.hub.count("SELECT COUNT(DISTINCT receipt_no) FROM sale"));
        f.assertConverged();
    }

    private String sell(int number) throws Exception {
        try (Connection c = f.store.connect()) {
            return ShopWrites.sellNumbered(c, "S1", f.catalogue.userId(), f.product(number % 5),
                    DAY + String.format("%04d", number));
        }
    }
}
