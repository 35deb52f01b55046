package id.cermin.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the mirror benchmark: the original study's "mirrortable" function,
 * redone in JDBC on Cermin's tables and used only here. For each table, one at a time
 * and in one direction (store to hub): foreign-key checks off, {@code SELECT *} from the
 * source, {@code TRUNCATE} the destination table, then one prepared {@code INSERT} per
 * source row, executed one by one (no batching, autocommit as PHP's mysqli has it), then
 * foreign-key checks back on. It copies every table the study would: users, categories,
 * units, products, sales and their lines, voids, stock-ins and the stock ledger.
 * <p>
 * Two departures, neither in the baseline's favour or against it: the source is streamed
 * ({@code setFetchSize(Integer.MIN_VALUE)}) instead of buffered, so a million rows fit in
 * the benchmark's default heap; and the destination session sets {@code @cermin_origin = ''}
 * so that Cermin's capture triggers on the hub (which the study's database did not have)
 * only test a variable instead of logging each row.
 * <p>
 * Every run destroys whatever the hub wrote that the store does not have: TRUNCATE
 * empties the hub's tables before the store's copy is written back.
 */
final class StudyMirror {

    static final List<String> TABLES = List.of("unit", "category", "app_user", "product", "sale", "sale_line",
            "sale_void", "stock_in", "stock_in_line", "stock_in_void", "stock_movement", "audit_log");

    private StudyMirror() {
    }

    /**
     * What a run did. When it was stopped by its time budget ({@code complete == false}),
     * {@link #estimatedSeconds()} extrapolates the rest from the measured insert time per row.
     */
    record Result(long rows, long totalRows, double seconds, double insertSeconds, boolean complete) {

        double estimatedSeconds() {
            return complete ? seconds : seconds + (totalRows - rows) * (insertSeconds / rows);
        }

        /** {@code measured} (round trips, bytes...) scaled from the rows done to all rows. */
        double extrapolate(long measured) {
            return complete ? measured : (double) measured * totalRows / rows;
        }
    }

    /** The number of rows a full run copies (counted before, outside the timed run). */
    static long rowsToCopy(DataSource source) throws SQLException {
        long total = 0;
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    /**
     * Mirrors every table from {@code source} to {@code dest}; stops after the row during
     * which {@code budget} ran out (the destination is then left half-copied).
     */
    static Result mirror(DataSource source, DataSource dest, Duration budget) throws SQLException {
        long totalRows = rowsToCopy(source);
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long rows = 0;
        long insertNanos = 0;
        try (Connection src = source.getConnection(); Connection dst = dest.getConnection()) {
            execute(dst, "SET @cermin_origin = ''");
            for (String table : TABLES) {
                execute(dst, "SET FOREIGN_KEY_CHECKS = 0");
                try (Statement select = src.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    select.setFetchSize(Integer.MIN_VALUE);
                    try (ResultSet rs = select.executeQuery("SELECT * FROM " + table)) {
                        execute(dst, "TRUNCATE TABLE " + table);
                        ResultSetMetaData meta = rs.getMetaData();
                        int width = meta.getColumnCount();
                        try (PreparedStatement insert = dst.prepareStatement(insertSql(table, meta))) {
                            while (rs.next()) {
                                for (int i = 1; i <= width; i++) {
                                    insert.setObject(i, rs.getObject(i));
                                }
                                long t0 = System.nanoTime();
                                insert.executeUpdate();
                                long t1 = System.nanoTime();
                                insertNanos += t1 - t0;
                                rows++;
                                if (t1 > deadline) {
                                    // Stop the clock here: closing the stream drains the rest of the source.
                                    return new Result(rows, totalRows, (t1 - started) / 1e9, insertNanos / 1e9, false);
                                }
                            }
                        }
                    }
                }
                execute(dst, "SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        return new Result(rows, totalRows, (System.nanoTime() - started) / 1e9, insertNanos / 1e9, true);
    }

    private static String insertSql(String table, ResultSetMetaData meta) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add("`" + meta.getColumnName(i) + "`");
            marks.add("?");
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", marks) + ")";
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
