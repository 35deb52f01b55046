package id.cermin.mirror.capture;

import id.cermin.mirror.schema.MirroredTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The capture triggers of every mirrored table, written from {@link MirroredTable} (the
 * one description of what is mirrored), so a column added there is captured and copied
 * without another hand-written list. Each trigger calls {@link #captureProcedure()
 * mirror_capture()}, which numbers the change in commit order in the writing transaction.
 * <ul>
 * <li>After insert, update and delete: the change, with the version it was made from
 * for master data. An update of master data that changes no mirrored column (e.g. only
 * {@code product.stock}) is not captured.</li>
 * <li>Master data, before update: a write that changed content but not the version (a
 * manual SQL fix) gets a new version (on the hub's time, like every version) and this
 * node as origin, so it wins over older copies elsewhere.</li>
 * </ul>
 */
public final class CaptureTriggers {

    private static final List<String> STAMPS = List.of("id", "updated_at", "row_version", "origin_node");

    private CaptureTriggers() {
    }

    /** The names of the triggers made for {@code table}. */
    public static List<String> names(MirroredTable table) {
        List<String> names = new ArrayList<>();
        if (table.isMaster()) {
            names.add(name(table, "bu"));
        }
        names.add(name(table, "ai"));
        names.add(name(table, "au"));
        names.add(name(table, "ad"));
        return names;
    }

    /**
     * {@code mirror_capture()}: numbers a change in commit order and logs it, in the
     * writing transaction. The counter row ({@code mirror_node}) stays locked until the
     * writer commits, so a reader that has seen change N has seen every committed change
     * below it. {@code @cermin_origin} is unset for ordinary writes (logged as this node's);
     * the mirror sets it while applying changes: '' applies without logging (a store never
     * sends back what it received), a node name relays the change under that origin (the
     * hub), except a store's own rows, which go back to no one.
     */
    public static String captureProcedure() {
        return "CREATE PROCEDURE mirror_capture(IN p_table VARCHAR(32) CHARACTER SET ascii,"
                + " IN p_id CHAR(36) CHARACTER SET ascii, IN p_op CHAR(1) CHARACTER SET ascii, IN p_base BIGINT,"
                + " IN p_route VARCHAR(32) CHARACTER SET ascii)\n"
                + "SQL SECURITY INVOKER\n"
                + "BEGIN\n"
                + "    DECLARE v_seq BIGINT;\n"
                + "    DECLARE v_node VARCHAR(32) CHARACTER SET ascii;\n"
                + "    DECLARE v_origin VARCHAR(32) CHARACTER SET ascii DEFAULT CONVERT(@cermin_origin USING ascii);\n"
                + "    IF v_origin IS NULL OR (v_origin <> '' AND v_origin <> p_route) THEN\n"
                + "        UPDATE mirror_node SET seq = seq + 1 WHERE id = 1;\n"
                + "        SELECT seq, node INTO v_seq, v_node FROM mirror_node WHERE id = 1 FOR UPDATE;\n"
                + "        INSERT INTO mirror_change (seq, conn, table_name, row_id, op, base_version, origin, route,"
                + " changed_at)\n"
                + "        VALUES (v_seq, CONNECTION_ID(), p_table, p_id, p_op, p_base, COALESCE(v_origin, v_node),"
                + " p_route, UTC_TIMESTAMP(6));\n"
                + "    END IF;\n"
                + "END";
    }

    /** The CREATE TRIGGER statements of every mirrored table, parents first. */
    public static List<String> creates() {
        List<String> statements = new ArrayList<>();
        for (MirroredTable table : MirroredTable.values()) {
            if (table.isMaster()) {
                statements.add(newVersionOnManualEdit(table));
            }
            statements.add(afterInsert(table));
            statements.add(afterUpdate(table));
            statements.add(afterDelete(table));
        }
        return statements;
    }

    private static String newVersionOnManualEdit(MirroredTable table) {
        List<String> content = table.columns().stream().filter(c -> !STAMPS.contains(c)).toList();
        return "CREATE TRIGGER " + name(table, "bu") + " BEFORE UPDATE ON " + table.sqlName() + " FOR EACH ROW\n"
                + "BEGIN\n"
                + "    IF @cermin_origin IS NULL AND NEW.row_version = OLD.row_version AND NOT ("
                + unchanged(content) + ") THEN\n"
                + "        SET NEW.row_version = GREATEST(OLD.row_version + 1, FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000"
                + " + (SELECT offset_ms FROM mirror_clock WHERE id = 1)) << 16);\n"
                + "        SET NEW.origin_node = (SELECT node FROM mirror_node WHERE id = 1);\n"
                + "        SET NEW.updated_at = UTC_TIMESTAMP(6);\n"
                + "    END IF;\n"
                + "END";
    }

    private static String afterInsert(MirroredTable table) {
        return "CREATE TRIGGER " + name(table, "ai") + " AFTER INSERT ON " + table.sqlName() + " FOR EACH ROW\n"
                + captures(table, "NEW", "'I'", "NULL");
    }

    /**
     * The capture of one change: once for each store the row goes to (its owner, and a
     * transfer's receiving store when it is another), or once for every store.
     */
    private static String captures(MirroredTable table, String row, String op, String base) {
        String call = "CALL mirror_capture('" + table.sqlName() + "', " + row + ".id, " + op + ", " + base + ", ";
        List<String> readers = table.readerColumns();
        if (readers.size() <= 1) {
            return unlessApplying("        " + call + route(table, row) + ");\n");
        }
        StringBuilder body = new StringBuilder("        " + call + row + "." + readers.get(0) + ");\n");
        for (String other : readers.subList(1, readers.size())) {
            body.append("        IF NOT (").append(row).append('.').append(other).append(" <=> ").append(row)
                    .append('.').append(readers.get(0)).append(") THEN\n            ").append(call).append(row)
                    .append('.').append(other).append(");\n        END IF;\n");
        }
        return unlessApplying(body.toString());
    }

    /**
     * A trigger body that captures unless the mirror applies without capturing
     * ({@code @cermin_origin = ''}, as {@code mirror_capture()} would decide too): a bootstrap
     * or a pull then pays no procedure call per row.
     */
    private static String unlessApplying(String statements) {
        return "BEGIN\n    IF NOT (@cermin_origin <=> '') THEN\n" + statements + "    END IF;\nEND";
    }

    private static String afterUpdate(MirroredTable table) {
        String head = "CREATE TRIGGER " + name(table, "au") + " AFTER UPDATE ON " + table.sqlName()
                + " FOR EACH ROW\n";
        if (!table.isMaster()) {
            return head + captures(table, "NEW", "'U'", "NULL");
        }
        return head + unlessApplying(
                "        IF NOT (" + unchanged(table.columns()) + ") THEN\n"
                + "            CALL mirror_capture('" + table.sqlName() + "', NEW.id, 'U', OLD.row_version, '*');\n"
                + "        END IF;\n");
    }

    private static String afterDelete(MirroredTable table) {
        return "CREATE TRIGGER " + name(table, "ad") + " AFTER DELETE ON " + table.sqlName() + " FOR EACH ROW\n"
                + captures(table, "OLD", "'D'", table.isMaster() ? "OLD.row_version" : "NULL");
    }

    /** Where the change goes from the hub: the row's store, or every store ('*'). */
    private static String route(MirroredTable table, String row) {
        return table.ownerColumn().map(owner -> row + "." + owner).orElse("'*'");
    }

    private static String unchanged(List<String> columns) {
        return columns.stream().map(c -> "OLD." + c + " <=> NEW." + c).collect(Collectors.joining(" AND "));
    }

    private static String name(MirroredTable table, String kind) {
        return table.sqlName() + "_mirror_" + kind;
    }
}
