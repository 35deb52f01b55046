package id.cermin.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BusinessDayTest {

    private static final Instant HALF_PAST_FOUR_UTC = Instant.parse("2026-05-09T16:30:00Z");

    private static BusinessDay in(String zone) {
        return new BusinessDay(ZoneId.of(zone), Clock.fixed(HALF_PAST_FOUR_UTC, ZoneOffset.UTC));
    }

    @Test
    void aSaleAtHalfPastFourUtcIsTodayInJakartaAndTomorrowInMakassarAndJayapura() {
        assertEquals(LocalDate.parse("2026-05-09"), in("Asia/Jakarta").today());
        assertEquals(LocalDate.parse("2026-05-10"), in("Asia/Makassar").today());
        assertEquals(LocalDate.parse("2026-05-10"), in("Asia/Jayapura").dayOf(HALF_PAST_FOUR_UTC));
    }

    @Test
    void daysBeginAtTheStoresMidnightInUtc() {
        BusinessDay jayapura = in("Asia/Jayapura");
        LocalDate day = LocalDate.parse("2026-05-10");
        assertEquals(Instant.parse("2026-05-09T15:00:00Z"), jayapura.startOf(day));
        assertEquals(Instant.parse("2026-05-10T15:00:00Z"), jayapura.endOf(day));
        assertEquals(Instant.parse("2026-05-09T17:00:00Z"), in("Asia/Jakarta").startOf(day));
    }

    @Test
    void weeksBeginOnMondayAndMonthsOnTheFirst() {
        BusinessDay makassar = in("Asia/Makassar");
        LocalDate sunday = LocalDate.parse("2026-05-10");
        assertEquals(Instant.parse("2026-05-03T16:00:00Z"), makassar.startOfWeek(sunday));
        assertEquals(Instant.parse("2026-04-30T16:00:00Z"), makassar.startOfMonth(sunday));
        assertEquals(makassar.startOf(LocalDate.parse("2026-05-11")),
                makassar.startOfWeek(LocalDate.parse("2026-05-11")), "a Monday is its own week's start");
    }
}
