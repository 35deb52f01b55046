package id.cermin.returns;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What part of a line is worth when it comes back: never more or less, in all, than the line cost. */
class ReturnableLineTest {

    @Test
    void partsOfALineAddUpToTheLineExactly() {
        // 2,5 m at Rp 3.333 = Rp 8.333 (rounded once for the line)
        ReturnableLine line = new ReturnableLine("l", "p", "Kabel", "meter", BigDecimal.ONE, new BigDecimal("2.5"), 3_333, 8_333,
                BigDecimal.ZERO, 0);
        long first = line.amountFor(new BigDecimal("1.3"));
        assertEquals(4_333, first);
        ReturnableLine rest = new ReturnableLine("l", "p", "Kabel", "meter", BigDecimal.ONE, new BigDecimal("2.5"), 3_333, 8_333,
                new BigDecimal("1.3"), first);
        assertEquals(8_333 - first, rest.amountFor(new BigDecimal("1.2")));
        assertEquals(0, new BigDecimal("1.2").compareTo(rest.remaining()));
    }

    @Test
    void aLineSoldInSakMovesItsKilosBack() {
        ReturnableLine sak = new ReturnableLine("l", "p", "Semen", "sak", new BigDecimal("40"), new BigDecimal("3"),
                54_500, 163_500, BigDecimal.ZERO, 0);
        assertEquals(0, new BigDecimal("80").compareTo(sak.inBase(new BigDecimal("2"))), "2 sak = 80 kg");
        assertEquals(109_000, sak.amountFor(new BigDecimal("2")));
    }
}
