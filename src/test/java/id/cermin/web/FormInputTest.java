package id.cermin.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormInputTest {

    @ParameterizedTest
    @CsvSource({"15000, 15000", "15.000, 15000", "1.250.000, 1250000", "' 7500 ', 7500", "0, 0",
            "1000000000000, 1000000000000"})
    void rupiahAcceptsWholeNumbersWithDotsBetweenThousands(String typed, long expected) {
        assertEquals(expected, FormInput.rupiah(typed).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5000", "abc", "15000rb", "1e9", "15,5", "15.00", "1.2345", "Rp 15.000",
            "1000000000001", "99999999999999999999", "+5"})
    void rupiahRefusesEverythingElse(String typed) {
        assertTrue(FormInput.rupiah(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,5|2.5", "2.5|2.5", "0|0", "12|12", "0,125|0.125"})
    void quantityTakesCommaOrDotAsDecimalMark(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(FormInput.quantity(typed).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "dua", "1e3", "1,2345", "NaN", "1.000,5"})
    void quantityRefusesEverythingElse(String typed) {
        assertTrue(FormInput.quantity(typed).isEmpty(), typed);
    }
}
