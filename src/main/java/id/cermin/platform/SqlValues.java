package id.cermin.platform;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the values of native query rows the same way everywhere: UTC DATETIMEs as
 * instants, BOOLEAN columns (TINYINT) as booleans, numbers as long or BigDecimal,
 * whatever Java type the driver chose for them.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** A number, 0 when null. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A decimal, null when null. */
    public static BigDecimal decimal(Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    /** UTC wall-clock time for a DATETIME parameter. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
