package id.cermin.mirror.apply;

import java.sql.SQLException;

/**
 * The one place that tells what kind of failure a database error is, and how it is
 * written down. A row problem (a constraint or a value the destination refuses) holds
 * back that row's group and lets the rest through; anything else (the link, the server,
 * a lock wait) fails the run, which the next run repeats.
 */
public final class SqlErrors {

    private static final int MAX_LENGTH = 900;

    private SqlErrors() {
    }

    /** A refusal caused by the data (constraint, value), as opposed to the link or the server. */
    public static boolean isRowProblem(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("23") || state.startsWith("22"))) {
                return true;
            }
            if (x.getErrorCode() == 4025 || x.getErrorCode() == 3819) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && cause != x) {
                return isRowProblem(cause);
            }
        }
        return false;
    }

    /**
     * The error's own message, on one line and short enough for a status column. A wrapper
     * without a message of its own (a proxy's {@code UndeclaredThrowableException}, say) is
     * described by the cause it wraps.
     */
    public static String describe(Exception e) {
        Throwable told = e;
        while (told.getMessage() == null && told.getCause() != null && told.getCause() != told) {
            told = told.getCause();
        }
        String message = told.getMessage() == null ? told.getClass().getSimpleName() : told.getMessage();
        message = message.replaceAll("\\s+", " ");
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
    }
}
