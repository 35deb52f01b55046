package id.cermin.sales;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discounts as cashiers type them: rupiah or a percentage, rounded to whole rupiah. */
class DiscountTest {

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "''|116000|0",
            "2000|116000|2000",
            "2.000|116000|2000",
            "5%|116000|5800",
            "5 %|116000|5800",
            "2,5%|58000|1450",
            "2.5%|12345|309",
            "100%|58000|58000",
            "0,5%|101|1",
    })
    void readAndApplied(String typed, long gross, long off) {
        assertEquals(off, Discount.parse(typed).orElseThrow().of(gross));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {"abc", "-5", "101%", "5%%", "1e3", "2,555%", "5,5", "Rp 5000"})
    void nonsenseIsNoDiscount(String typed) {
        assertTrue(Discount.parse(typed).isEmpty());
    }
}
