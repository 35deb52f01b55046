package id.cermin.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rule that prices a line: the lowest price among the rules the customer's level and
 * the quantity qualify for (eceran rules for everyone), with a store's own rules replacing
 * the shared ones of the same unit, level and first quantity.
 */
class PriceListTest {

    /** 1 sak = 40 kg: Rp 1.600/kg, Rp 58.000/sak; grosir 57.000, kontraktor 56.500, from 10 sak 56.000. */
    private static final Map<String, Long> UNIT_PRICES = Map.of("kg", 1_600L, "sak", 58_000L);

    private static PriceList semen(String store, ProductPrice... extra) {
        List<ProductPrice> rules = new java.util.ArrayList<>(List.of(
                rule("sak", PriceLevel.GROSIR, "1", "*", 57_000),
                rule("sak", PriceLevel.KONTRAKTOR, "1", "*", 56_500),
                rule("sak", PriceLevel.ECERAN, "10", "*", 56_000)));
        rules.addAll(List.of(extra));
        return PriceList.of(UNIT_PRICES, rules, store);
    }

    @Test
    void aWalkInCustomerPaysTheUnitsOwnPriceInEachUnit() {
        PriceList prices = semen("S1");
        assertEquals(58_000, prices.price("sak", PriceLevel.ECERAN, new BigDecimal("2")).price());
        assertEquals(1_600, prices.price("kg", PriceLevel.ECERAN, new BigDecimal("2.5")).price());
    }

    @Test
    void theCustomersTypeChoosesItsLevel() {
        PriceList prices = semen("S1");
        PriceRule grosir = prices.price("sak", PriceLevel.GROSIR, BigDecimal.ONE);
        assertEquals(57_000, grosir.price());
        assertEquals(PriceLevel.GROSIR, grosir.level());
        assertEquals(56_500, prices.price("sak", PriceLevel.KONTRAKTOR, BigDecimal.ONE).price());
        assertEquals(1_600, prices.price("kg", PriceLevel.KONTRAKTOR, BigDecimal.ONE).price(),
                "a unit without a kontraktor price sells at its own");
    }

    @Test
    void aQuantityBreakHoldsFromItsQuantityOnForEveryone() {
        PriceList prices = semen("S1");
        assertEquals(58_000, prices.price("sak", PriceLevel.ECERAN, new BigDecimal("9")).price());
        PriceRule tenSacks = prices.price("sak", PriceLevel.ECERAN, new BigDecimal("10"));
        assertEquals(56_000, tenSacks.price());
        assertEquals(0, new BigDecimal("10").compareTo(tenSacks.minQuantity()));
        assertEquals(56_000, prices.price("sak", PriceLevel.KONTRAKTOR, new BigDecimal("12")).price(),
                "the lowest qualifying price: the break beats the kontraktor price");
        assertEquals(56_500, prices.price("sak", PriceLevel.KONTRAKTOR, new BigDecimal("9")).price());
    }

    @Test
    void aStoresOwnRuleReplacesTheSharedOneThereOnly() {
        ProductPrice far = rule("sak", PriceLevel.ECERAN, "1", "S2", 61_000);
        ProductPrice farBreak = rule("sak", PriceLevel.ECERAN, "10", "S2", 59_000);
        assertEquals(61_000, semen("S2", far, farBreak).price("sak", PriceLevel.ECERAN, BigDecimal.ONE).price(),
                "a branch far away sells dearer");
        assertEquals(59_000, semen("S2", far, farBreak).price("sak", PriceLevel.ECERAN, BigDecimal.TEN).price());
        assertEquals(57_000, semen("S2", far, farBreak).price("sak", PriceLevel.GROSIR, BigDecimal.ONE).price(),
                "the shared grosir price still holds there");
        assertEquals(58_000, semen("S1", far, farBreak).price("sak", PriceLevel.ECERAN, BigDecimal.ONE).price(),
                "other stores keep the shared price");
    }

    @Test
    void aUnitTheProductDoesNotSellInHasNoPrice() {
        assertThrows(IllegalArgumentException.class, () -> semen("S1").price("roll", PriceLevel.ECERAN, BigDecimal.ONE));
    }

    private static ProductPrice rule(String unit, PriceLevel level, String from, String store, long price) {
        ProductPrice rule = new ProductPrice("p-1", new PriceRule.Key(unit, level, new BigDecimal(from), store));
        rule.set(price);
        return rule;
    }
}
