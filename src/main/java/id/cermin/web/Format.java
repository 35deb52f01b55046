package id.cermin.web;

import id.cermin.platform.BusinessDay;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * How numbers and times look to an Indonesian store: {@code Rp 15.000}, {@code 2,5}
 * meter, {@code 27/11/2026 20:15} in the store's time zone ({@link BusinessDay#ofNode()}).
 * Exposed to the views as EL functions ({@code cermin.tld}); the views escape what these return.
 */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Format() {
    }

    /** Whole rupiah with dots between thousands: {@code Rp 1.250.000}, {@code -Rp 5.000}. */
    public static String rupiah(long amount) {
        String digits = grouped(Math.abs(amount));
        return (amount < 0 ? "-Rp " : "Rp ") + digits;
    }

    /** A quantity the Indonesian way, without useless zeros: {@code 12}, {@code 2,5}, {@code 1.250,75}. */
    public static String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols());
        return format.format(value);
    }

    /** A quantity as typed back into a form field: {@code 2,5}, no thousands separator. */
    public static String quantityInput(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(BusinessDay.ofNode().zone()).format(instant);
    }

    /** A count with dots between thousands: {@code 9.999.999}. */
    public static String count(long value) {
        return (value < 0 ? "-" : "") + grouped(Math.abs(value));
    }

    /** The time of day ({@code 14:02}) when the moment is today in the store's zone, else date and time. */
    public static String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        BusinessDay day = BusinessDay.ofNode();
        return day.dayOf(instant).equals(day.today()) ? CLOCK.withZone(day.zone()).format(instant) : dateTime(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.withZone(BusinessDay.ofNode().zone()).format(instant);
    }

    private static String grouped(long value) {
        return new DecimalFormat("#,##0", symbols()).format(value);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(LocaleFilter.INDONESIAN);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}
