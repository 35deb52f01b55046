package id.cermin.mirror.apply;

import id.cermin.mirror.capture.Change;
import id.cermin.mirror.schema.Row;

import java.sql.SQLException;

/**
 * What a destination accepts from a source, asked for every change before it is written.
 * A store accepts everything from the hub it trusts ({@link #OPEN}); the hub checks what
 * each store sends. A gate answers by returning (accepted) or by throwing
 * {@link Refused}: the change's group is held with the reason, like a row the database
 * refuses, and tried again on later runs.
 */
public interface RowGate {

    RowGate OPEN = (change, incoming, here) -> { };

    /**
     * @param incoming the row as the source has it now (null when it is gone there)
     * @param here     the row as the destination has it (null when it has none)
     */
    void check(Change change, Row incoming, Row here) throws SQLException;

    /** A change the destination will not take: its group is held with this reason. */
    final class Refused extends SQLException {
        public Refused(String reason) {
            // SQL state class 23 (integrity): the applier treats it like a constraint the row breaks.
            super(reason, "23C01");
        }
    }
}
