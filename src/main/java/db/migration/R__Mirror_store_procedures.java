package db.migration;

import id.cermin.mirror.link.StoreProcedures;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * Makes the hub's procedures for stores ({@link StoreProcedures}) from the mirrored
 * schema's description. Repeatable: made again whenever they change. Every node has
 * them (one schema everywhere); only the hub's are ever called. A store's account holds
 * EXECUTE on the whole database, so procedures dropped and made again need no new grant.
 */
public class R__Mirror_store_procedures extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(String.join("\n", StoreProcedures.creates()).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement s = context.getConnection().createStatement()) {
            for (String name : StoreProcedures.NAMES) {
                s.execute("DROP PROCEDURE IF EXISTS " + name);
            }
            for (String create : StoreProcedures.creates()) {
                s.execute(create);
            }
        }
    }
}
