package id.cermin.web;

import id.cermin.platform.BusinessDay;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    @Test
    void rupiahIsGroupedWithDots() {
        assertEquals("Rp 15.000", Format.rupiah(15_000));
        assertEquals("Rp 0", Format.rupiah(0));
        assertEquals("Rp 1.250.000", Format.rupiah(1_250_000));
        assertEquals("-Rp 5.000", Format.rupiah(-5_000));
    }

    @Test
    void quantitiesUseACommaAndDropUselessZeros() {
        assertEquals("2,5", Format.quantity(new BigDecimal("2.500")));
        assertEquals("12", Format.quantity(new BigDecimal("12.000")));
        assertEquals("1.250,75", Format.quantity(new BigDecimal("1250.750")));
        assertEquals("2,5", Format.quantityInput(new BigDecimal("2.500")));
        assertEquals("1250", Format.quantityInput(new BigDecimal("1250.000")));
    }

    @Test
    void timesAreShownInJakartaByDefault() {
        assertEquals("27/11/2026 20:15", Format.dateTime(Instant.parse("2026-11-27T13:15:00Z")));
        assertEquals("28/11/2026", Format.date(Instant.parse("2026-11-27T17:30:00Z")));
    }

    @Test
    void timesAreShownInTheStoresZone() {
        BusinessDay before = BusinessDay.ofNode();
        try {
            BusinessDay.useForNode(before.withZone(ZoneId.of("Asia/Jayapura")));
            assertEquals("27/11/2026 22:15", Format.dateTime(Instant.parse("2026-11-27T13:15:00Z")));
            assertEquals("28/11/2026", Format.date(Instant.parse("2026-11-27T16:30:00Z")));
        } finally {
            BusinessDay.useForNode(before);
        }
    }

    @Test
    void countsAreGroupedWithDots() {
        assertEquals("9.999.999", Format.count(9_999_999));
        assertEquals("0", Format.count(0));
        assertEquals("-1.200", Format.count(-1_200));
    }

    @Test
    void aMomentOfTodayIsItsClockTimeAndAnEarlierOneItsDate() {
        BusinessDay before = BusinessDay.ofNode();
        try {
            BusinessDay.useForNode(new BusinessDay(ZoneId.of("Asia/Jakarta"),
                    java.time.Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), java.time.ZoneOffset.UTC)));
            assertEquals("14:02", Format.moment(Instant.parse("2026-12-03T07:02:00Z")));
            assertEquals("02/12/2026 23:50", Format.moment(Instant.parse("2026-12-02T16:50:00Z")));
        } finally {
            BusinessDay.useForNode(before);
        }
    }
}
