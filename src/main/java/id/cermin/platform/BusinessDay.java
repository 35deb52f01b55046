package id.cermin.platform;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The store's business day: the day an instant belongs to, today, and the UTC instants
 * where a day, a week (from Monday) or a month begins, for queries over times stored in
 * UTC. The day is the store's own: a sale at 16:30 UTC is still today in Jakarta (WIB,
 * 23:30) but already tomorrow in Jayapura (WIT, 01:30).
 * <p>
 * A node is one store with one zone, chosen on {@code /pengaturan} (default Asia/Jakarta).
 * The node's business day is kept here, {@link #ofNode()}, for everything on the node:
 * receipt numbers, reports, the dashboard and the views' formatting functions (static,
 * so nothing can be handed to them).
 */
public final class BusinessDay {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private static volatile BusinessDay node = new BusinessDay(DEFAULT_ZONE, Clock.systemUTC());

    private final ZoneId zone;
    private final Clock clock;

    public BusinessDay(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** This node's business day. */
    public static BusinessDay ofNode() {
        return node;
    }

    /** Makes this the node's business day: at start, and when the owner chooses another zone. */
    public static void useForNode(BusinessDay day) {
        node = day;
    }

    /** The same clock in another zone. */
    public BusinessDay withZone(ZoneId other) {
        return new BusinessDay(other, clock);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(now());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Where the day begins, as a UTC instant. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Where the day ends: the start of the next one (exclusive). */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** Where the week of this day begins (Monday). */
    public Instant startOfWeek(LocalDate day) {
        return startOf(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Where the month of this day begins. */
    public Instant startOfMonth(LocalDate day) {
        return startOf(day.withDayOfMonth(1));
    }
}
