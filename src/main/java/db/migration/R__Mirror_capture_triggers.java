package db.migration;

import id.cermin.mirror.capture.CaptureTriggers;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Makes the mirror's capture procedure and triggers from the mirrored schema's
 * description ({@link CaptureTriggers}). Repeatable: Flyway runs it again whenever the generated
 * triggers change (their checksum), after the versioned migrations, so a column added to
 * a mirrored table and to its description is captured from the next start on. Every
 * existing capture trigger is dropped first, so a table no longer mirrored stops being
 * captured.
 */
public class R__Mirror_capture_triggers extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(CaptureTriggers.captureProcedure().getBytes(StandardCharsets.UTF_8));
        crc.update(String.join("\n", CaptureTriggers.creates()).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement s = context.getConnection().createStatement()) {
            for (String trigger : existingCaptureTriggers(s)) {
                s.execute("DROP TRIGGER " + trigger);
            }
            s.execute("DROP PROCEDURE IF EXISTS mirror_capture");
            s.execute(CaptureTriggers.captureProcedure());
            for (String create : CaptureTriggers.creates()) {
                s.execute(create);
            }
        }
    }

    private static List<String> existingCaptureTriggers(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE '%\\_mirror\\_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.matches("[a-z_]+_mirror_(bu|ai|au|ad)")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
