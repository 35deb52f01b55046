package id.cermin.sales;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sale's own discount shared over its lines: what a return of each line pays back. */
class SalePaidForTest {

    @Test
    void theLinesShareTheSaleDiscountInProportionAndAddUpToTheTotal() {
        Sale sale = new Sale("S9-1", "u", "c", Instant.now(), "k", "S9");
        SaleLine semen = line(sale, 1, 109_000);
        SaleLine besi = line(sale, 2, 793_800);
        SaleLine paku = line(sale, 3, 10_001);
        sale.discount(10_000);
        // 10.000 x 109.000 / 912.801 = 1.194,1; x 793.800 / 912.801 = 8.696,3; the last takes the rest (110).
        assertEquals(109_000 - 1_194, sale.paidFor(semen));
        assertEquals(793_800 - 8_696, sale.paidFor(besi));
        assertEquals(10_001 - 110, sale.paidFor(paku));
        assertEquals(sale.getTotal(), sale.paidFor(semen) + sale.paidFor(besi) + sale.paidFor(paku));
    }

    @Test
    void withoutASaleDiscountALineIsPaidItsTotal() {
        Sale sale = new Sale("S9-2", "u", null, Instant.now(), "k2", "S9");
        SaleLine only = line(sale, 1, 54_500);
        assertEquals(54_500, sale.paidFor(only));
    }

    private static SaleLine line(Sale sale, int no, long total) {
        SaleLine line = new SaleLine(sale, no, "p" + no, "Barang " + no, "pcs", BigDecimal.ONE, BigDecimal.ONE, total,
                0, 0, total, "S9");
        sale.addLine(line);
        return line;
    }
}
