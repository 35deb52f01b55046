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
}
