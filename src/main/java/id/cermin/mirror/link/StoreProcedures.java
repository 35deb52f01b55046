package id.cermin.mirror.link;

import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.RowQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The hub's procedures for stores: the only way a store's database account reaches the
 * hub's database (it holds nothing but EXECUTE on them). Each runs with the rights of
 * the procedure's owner and first finds the calling store from the account it connected
 * with ({@code mirror_store}), never from anything the store says. A store can read
 * master data, shared rows and its own rows, and write into the inbox under its own
 * name; the hub's application checks and applies what arrives.
 * <p>
 * Made from the mirrored schema's description, like the capture triggers, by the
 * repeatable migration {@code R__Mirror_store_procedures}.
 */
public final class StoreProcedures {

    /** The procedures a store may call, in the order they are made. */
    public static final List<String> NAMES = List.of("mirror_hello", "mirror_push", "mirror_pull", "mirror_rows",
            "mirror_rows_by_id", "mirror_checksum", "mirror_row_crcs", "mirror_report");

    private static final String FINGERPRINT = ChangeLog.FINGERPRINT;
    /** Keys, node names and codes are ASCII, as in the tables, so comparisons need no conversion. */
    private static final String ASCII = "CHARACTER SET ascii";
    private static final String KEY = "CHAR(36) " + ASCII;
    private static final String FP = "CHAR(16) " + ASCII;

    private static final String CALLER = """
                SET v_node = (SELECT s.node FROM mirror_store s
                              WHERE s.account = CONVERT(SUBSTRING_INDEX(USER(), '@', 1) USING ascii)
                                AND s.retired_at IS NULL);
                IF v_node IS NULL THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Cermin: this database account is not a store of this hub';
                END IF;
            """;

    private StoreProcedures() {
    }

    public static List<String> creates() {
        List<String> all = new ArrayList<>();
        all.add(hello());
        all.add(push());
        all.add(pull());
        all.add(rows());
        all.add(rowsById());
        all.add(checksum());
        all.add(rowCrcs());
        all.add(report());
        return all;
    }

    private static String procedure(String name, String parameters, String body) {
        return procedure(name, parameters, "", body);
    }

    /** A procedure that knows its calling store ({@code v_node}) before {@code body} runs. */
    private static String procedure(String name, String parameters, String declarations, String body) {
        return "CREATE PROCEDURE " + name + "(" + parameters + ")\nSQL SECURITY DEFINER\nBEGIN\n"
                + "    DECLARE v_node VARCHAR(32) CHARACTER SET ascii;\n" + declarations + CALLER + body + "END";
    }

    /**
     * Who the store is to the hub and what the hub knows of it: the hub's database, history
     * and clock; how far this store's database has been applied (with the fingerprint of
     * the last change applied, so the store can tell if it went back); what waits in the
     * inbox; the fingerprint of the hub's change at the store's pull cursor (so the store
     * can tell if the hub went back). Then the store's held groups and waiting entries.
     */
    private static String hello() {
        return procedure("mirror_hello", "IN p_db " + KEY + ", IN p_incarnation " + KEY + ", IN p_cursor BIGINT",
                """
                    UPDATE mirror_store SET last_contact_at = UTC_TIMESTAMP(6) WHERE node = v_node;
                    SELECT v_node, n.db_id, n.incarnation, n.node, n.seq, UTC_TIMESTAMP(6),
                           (SELECT COALESCE(MIN(c.seq), n.seq + 1) - 1 FROM mirror_change c),
                           (SELECT %s FROM mirror_change c WHERE c.seq = p_cursor),
                           i.last_seq, i.source_incarnation, i.last_fp,
                           (SELECT COUNT(*) FROM mirror_inbox x WHERE x.node = v_node),
                           (SELECT MIN(x.received_at) FROM mirror_inbox x WHERE x.node = v_node),
                           (SELECT MAX(x.last_seq) FROM mirror_inbox x WHERE x.node = v_node AND x.source_db = p_db
                                AND x.kind = 'BATCH' AND x.incarnation = p_incarnation)
                    FROM mirror_node n
                    LEFT JOIN mirror_inbound i ON i.source_db = p_db AND i.source_node = v_node
                    WHERE n.id = 1;
                    SELECT e.first_seq, e.last_seq, e.table_name, e.row_id, e.reason
                    FROM mirror_error e JOIN mirror_inbound i ON i.source_db = e.source_db AND i.source_node = v_node
                    WHERE e.direction = 'PUSH' AND e.source_db = p_db ORDER BY e.first_seq;
                    SELECT x.kind, x.first_seq, x.last_seq, x.waiting_reason, x.attempts
                    FROM mirror_inbox x WHERE x.node = v_node AND x.waiting_reason IS NOT NULL ORDER BY x.id;
                """.formatted(FINGERPRINT));
    }

    /** Puts what a store sends into the inbox, under the store's own name. */
    private static String push() {
        return procedure("mirror_push", "IN p_db " + KEY + ", IN p_incarnation " + KEY + ", IN p_kind VARCHAR(8) "
                + ASCII + ", IN p_first BIGINT, IN p_last BIGINT, IN p_last_fp " + FP + ", IN p_payload LONGTEXT", """
                    IF p_kind NOT IN ('BATCH', 'RETRY', 'REPAIR') OR p_payload IS NULL OR p_db IS NULL
                       OR p_incarnation IS NULL THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Cermin: not an inbox entry';
                    END IF;
                    IF EXISTS (SELECT 1 FROM mirror_inbound i WHERE i.source_db = p_db AND i.source_node <> v_node) THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Cermin: this database belongs to another store';
                    END IF;
                    INSERT INTO mirror_inbox (node, source_db, incarnation, kind, first_seq, last_seq, last_fp, payload,
                                              received_at)
                    VALUES (v_node, p_db, p_incarnation, p_kind, p_first, p_last, p_last_fp, p_payload, UTC_TIMESTAMP(6));
                    UPDATE mirror_store SET last_contact_at = UTC_TIMESTAMP(6) WHERE node = v_node;
                """);
    }

    /**
     * The next whole transactions of the hub's log after {@code p_after} that go to this
     * store (master data, shared rows, its own rows written elsewhere), about
     * {@code p_limit} changes, never cut inside a transaction: first the batch's end and
     * the fingerprint there, then the changes, then one result of rows per mirrored table
     * in the description's order. Asking for what comes after {@code p_after} says the
     * store has everything up to it: the hub may trim its log below the lowest such point.
     */
    private static String pull() {
        StringBuilder rows = new StringBuilder();
        for (MirroredTable table : MirroredTable.values()) {
            rows.append("    SELECT ").append(RowQueries.columns(table)).append(" FROM ").append(table.sqlName())
                    .append(" t JOIN (SELECT DISTINCT b.row_id FROM mirror_pull_batch b WHERE b.table_name = '")
                    .append(table.sqlName()).append("') k ON t.id = k.row_id WHERE ")
                    .append(RowQueries.visibleTo(table, "v_node")).append(";\n");
        }
        return procedure("mirror_pull", "IN p_after BIGINT, IN p_limit INT", """
                    DECLARE v_upto BIGINT;
                    DECLARE v_last BIGINT;
                    DECLARE v_conn BIGINT;
                    DECLARE v_break BIGINT;
                    DECLARE v_count INT;
                """, """
                    SET v_upto = (SELECT seq FROM mirror_node WHERE id = 1);
                    UPDATE mirror_store SET pulled_seq = LEAST(GREATEST(p_after, 0), v_upto),
                           last_contact_at = UTC_TIMESTAMP(6) WHERE node = v_node;
                    CREATE TEMPORARY TABLE IF NOT EXISTS mirror_pull_batch (
                        seq BIGINT NOT NULL PRIMARY KEY, table_name VARCHAR(32) CHARACTER SET ascii NOT NULL,
                        row_id CHAR(36) CHARACTER SET ascii NOT NULL
                    ) ENGINE = MEMORY;
                    DELETE FROM mirror_pull_batch;
                    INSERT INTO mirror_pull_batch (seq, table_name, row_id)
                    SELECT u.seq, u.table_name, u.row_id FROM (
                        (SELECT c.seq, c.table_name, c.row_id FROM mirror_change c
                         WHERE c.route = '*' AND c.seq > p_after AND c.seq <= v_upto AND c.origin <> v_node
                         ORDER BY c.seq LIMIT p_limit)
                        UNION ALL
                        (SELECT c.seq, c.table_name, c.row_id FROM mirror_change c
                         WHERE c.route = v_node AND c.seq > p_after AND c.seq <= v_upto AND c.origin <> v_node
                         ORDER BY c.seq LIMIT p_limit)
                    ) u ORDER BY u.seq LIMIT p_limit;
                    SET v_count = (SELECT COUNT(*) FROM mirror_pull_batch);
                    SET v_last = v_upto;
                    IF v_count >= p_limit THEN
                        SET v_last = (SELECT MAX(seq) FROM mirror_pull_batch);
                        SET v_conn = (SELECT c.conn FROM mirror_change c WHERE c.seq = v_last);
                        SET v_break = (SELECT c.seq FROM mirror_change c WHERE c.seq > v_last AND c.conn <> v_conn
                                       ORDER BY c.seq LIMIT 1);
                        SET v_break = LEAST(COALESCE(v_break, v_upto + 1), v_upto + 1);
                        INSERT INTO mirror_pull_batch (seq, table_name, row_id)
                        SELECT c.seq, c.table_name, c.row_id FROM mirror_change c
                        WHERE c.seq > v_last AND c.seq < v_break AND c.origin <> v_node
                          AND (c.route = '*' OR c.route = v_node);
                        SET v_last = v_break - 1;
                    END IF;
                    SELECT GREATEST(v_last, p_after), (SELECT %s FROM mirror_change c WHERE c.seq = GREATEST(v_last, p_after));
                    SELECT c.seq, c.conn, c.table_name, c.row_id, c.op, c.base_version, c.origin
                    FROM mirror_change c JOIN mirror_pull_batch b ON b.seq = c.seq ORDER BY c.seq;
                %s""".formatted(FINGERPRINT, rows));
    }

    /** Up to {@code p_limit} rows of one table this store may see, in key order after {@code p_after}. */
    private static String rows() {
        return procedure("mirror_rows", "IN p_table VARCHAR(32) " + ASCII + ", IN p_after " + KEY + ", IN p_limit INT",
                perTable(t -> "SELECT " + RowQueries.columns(t) + " FROM " + t.sqlName() + " t WHERE "
                        + RowQueries.visibleTo(t, "v_node") + " AND t.id > p_after ORDER BY t.id LIMIT p_limit;"));
    }

    /** The rows with these keys (a JSON array of ids) of one table, those this store may see. */
    private static String rowsById() {
        return procedure("mirror_rows_by_id", "IN p_table VARCHAR(32) " + ASCII + ", IN p_ids LONGTEXT",
                perTable(t -> "SELECT " + RowQueries.columns(t) + " FROM " + t.sqlName() + " t JOIN JSON_TABLE(p_ids,"
                        + " '$[*]' COLUMNS (id VARCHAR(36) PATH '$')) k ON t.id = k.id WHERE "
                        + RowQueries.visibleTo(t, "v_node") + ";"));
    }

    /** Row count and checksum of the rows this store may see with keys in (p_from, p_to] (no end when null). */
    private static String checksum() {
        return procedure("mirror_checksum", "IN p_table VARCHAR(32) " + ASCII + ", IN p_from " + KEY + ", IN p_to " + KEY,
                perTable(t -> "SELECT COUNT(*), COALESCE(SUM(" + RowQueries.rowCrc(t) + "), 0) FROM " + t.sqlName()
                        + " t WHERE " + RowQueries.visibleTo(t, "v_node")
                        + " AND t.id > p_from AND (p_to IS NULL OR t.id <= p_to);"));
    }

    /** Key and checksum of up to {@code p_limit} rows this store may see with keys in (p_from, p_to]. */
    private static String rowCrcs() {
        return procedure("mirror_row_crcs", "IN p_table VARCHAR(32) " + ASCII + ", IN p_from " + KEY + ", IN p_to " + KEY
                        + ","
                        + " IN p_limit INT",
                perTable(t -> "SELECT t.id, " + RowQueries.rowCrc(t) + " FROM " + t.sqlName() + " t WHERE "
                        + RowQueries.visibleTo(t, "v_node") + " AND t.id > p_from AND (p_to IS NULL OR t.id <= p_to)"
                        + " ORDER BY t.id LIMIT p_limit;"));
    }

    /** What the store's last run did, for the hub's Sinkronisasi page. */
    private static String report() {
        return procedure("mirror_report", "IN p_db " + KEY + ", IN p_ok BOOLEAN, IN p_error VARCHAR(1000),"
                + " IN p_diverged VARCHAR(1000)", """
                    IF EXISTS (SELECT 1 FROM mirror_peer p WHERE p.db_id = p_db AND p.node <> v_node) THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Cermin: this database belongs to another store';
                    END IF;
                    INSERT INTO mirror_peer (db_id, node, pulled_seq, last_run_at, last_success_at, last_error, diverged)
                    VALUES (p_db, v_node, 0, UTC_TIMESTAMP(6), IF(p_ok, UTC_TIMESTAMP(6), NULL), p_error, p_diverged)
                    ON DUPLICATE KEY UPDATE last_run_at = VALUES(last_run_at),
                        last_success_at = IF(p_ok, VALUES(last_run_at), last_success_at),
                        last_error = VALUES(last_error), diverged = VALUES(diverged);
                """);
    }

    /** One branch per mirrored table: the table's name only ever comes from here. */
    private static String perTable(Function<MirroredTable, String> statement) {
        StringBuilder sql = new StringBuilder();
        String keyword = "IF";
        for (MirroredTable table : MirroredTable.values()) {
            sql.append("    ").append(keyword).append(" p_table = '").append(table.sqlName()).append("' THEN\n")
                    .append("        ").append(statement.apply(table)).append('\n');
            keyword = "ELSEIF";
        }
        return sql.append("    ELSE\n")
                .append("        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Cermin: not a mirrored table';\n")
                .append("    END IF;\n").toString();
    }
}
