package id.cermin.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quantities in a selling unit counted in the base unit, exactly or not at all. */
class SellingUnitTest {

    private static final SellingUnit METER = new SellingUnit("meter", BigDecimal.ONE, true, 8_000, null);
    private static final SellingUnit ROLL = new SellingUnit("roll", new BigDecimal("50"), false, 375_000, "899");

    @Test
    void twoAndAHalfMetresOfARollProductAreTwoAndAHalfMetres() {
        assertEquals(Optional.of(new BigDecimal("2.500")), METER.inBase(new BigDecimal("2.5")));
    }

    @Test
    void rollsAreFiftyMetresEach() {
        assertEquals(Optional.of(new BigDecimal("100.000")), ROLL.inBase(new BigDecimal("2")));
        assertEquals(Optional.of(new BigDecimal("2.500")), ROLL.inBase(new BigDecimal("0.05")));
    }

    @Test
    void aQuantityThatIsNoExactBaseQuantityIsRefused() {
        SellingUnit kgOfASackProduct = new SellingUnit("kg", new BigDecimal("0.025"), true, 1_600, null);
        assertEquals(Optional.of(new BigDecimal("0.050")), kgOfASackProduct.inBase(new BigDecimal("2")));
        assertEquals(Optional.empty(), kgOfASackProduct.inBase(new BigDecimal("0.5")), "0,0125 sak");
    }
}
