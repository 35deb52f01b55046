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

    @org.junit.jupiter.api.Test
    void formKeysAreUuidsInLowerCase() {
        assertEquals("0b7c2a6e-5f4d-4c3b-9a1e-2d3c4b5a6f70",
                FormInput.formKey(" 0B7C2A6E-5F4D-4C3B-9A1E-2D3C4B5A6F70 ").orElseThrow());
        assertTrue(FormInput.formKey("").isEmpty());
        assertTrue(FormInput.formKey("1 OR 1=1").isEmpty());
    }

    @org.junit.jupiter.api.Test
    void reasonsAreOneTo255Characters() {
        assertEquals("Salah input", FormInput.reason("  Salah input ").orElseThrow());
        assertTrue(FormInput.reason("   ").isEmpty());
        assertTrue(FormInput.reason("x".repeat(256)).isEmpty());
        assertEquals(255, FormInput.reason("x".repeat(255)).orElseThrow().length());
    }
}
