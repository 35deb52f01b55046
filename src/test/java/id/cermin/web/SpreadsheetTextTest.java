package id.cermin.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What Excel would take for a formula gets an apostrophe; other text is written as typed;
 * read back, each is the text it was.
 */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+62 812", "-5", "@SUM(A1)", "\t=1", "\r=1", "  =1", "\u00A0=1",
            "=HYPERLINK(\"http://x\",\"y\")"})
    void aFormulaIsNeutralised(String text) {
        assertEquals("'" + text, SpreadsheetText.of(text));
        assertEquals(text, SpreadsheetText.read(SpreadsheetText.of(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Salah input jumlah", "PT Semen Gresik", "1+1", "S1-20261127-0001", "'sudah", "é"})
    void otherTextIsWrittenAsTyped(String text) {
        assertEquals(text, SpreadsheetText.of(text));
        assertEquals(text, SpreadsheetText.read(SpreadsheetText.of(text)));
    }
}
