package id.cermin.customer;

import id.cermin.catalog.PriceLevel;
import id.cermin.platform.BusinessDay;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Payments settle the oldest bon first; what is still open is aged by its own day. */
class BonTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void twoPartialPaymentsSettleTheOldestBonFirst() {
        List<Bon> bons = List.of(bon("a", "2026-03-01T03:00:00Z", 600_000), bon("b", "2026-03-05T03:00:00Z", 400_000));
        assertEquals(List.of(600_000L, 400_000L), outstanding(Bon.settle(bons, 0)));
        assertEquals(List.of(300_000L, 400_000L), outstanding(Bon.settle(bons, 300_000)));
        assertEquals(List.of(0L, 250_000L), outstanding(Bon.settle(bons, 300_000 + 450_000)));
        assertEquals(List.of(0L, 0L), outstanding(Bon.settle(bons, 1_200_000)), "paid ahead: nothing open");
    }

    @Test
    void openBonsFallIntoTheirAgeBuckets() {
        LocalDate today = LocalDate.parse("2026-06-30");
        BusinessDay days = new BusinessDay(WIB, Clock.fixed(Instant.parse("2026-06-30T05:00:00Z"), WIB));
        List<Bon> open = List.of(
                open("2026-06-30T01:00:00Z", 100),   // today: 0 days
                open("2026-05-31T16:30:00Z", 200),   // 1 June in WIB: 29 days
                open("2026-05-31T10:00:00Z", 300),   // 31 May: 30 days
                open("2026-05-30T10:00:00Z", 400),   // 31 days
                open("2026-05-01T10:00:00Z", 500),   // 60 days
                open("2026-04-30T10:00:00Z", 600),   // 61 days
                open("2026-04-01T10:00:00Z", 700),   // 90 days
                open("2026-03-31T10:00:00Z", 800));  // 91 days
        Aging aging = Aging.of(new Customer("CV Uji", PriceLevel.KONTRAKTOR), 3_600, open, today, days);
        assertEquals(100 + 200 + 300, aging.days0to30());
        assertEquals(400 + 500, aging.days31to60());
        assertEquals(600 + 700, aging.days61to90());
        assertEquals(800, aging.over90());
        assertEquals(3_600, aging.balance());
    }

    private static Bon bon(String id, String at, long amount) {
        return new Bon(id, "S1-" + id, Instant.parse(at), "S1", amount, 0);
    }

    private static Bon open(String at, long outstanding) {
        return new Bon(at, at, Instant.parse(at), "S1", outstanding, outstanding);
    }

    private static List<Long> outstanding(List<Bon> bons) {
        return bons.stream().map(Bon::outstanding).toList();
    }
}
