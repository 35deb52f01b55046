package id.cermin.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import id.cermin.testing.BarcodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bars drawn for a code read back, with ZXing's decoder, as that code in the right symbology. */
class BarcodesTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"8991011000016, EAN_13", "2000000000015, EAN_13", "8991011000017, CODE_128", "PAKU-5CM, CODE_128",
            "123, CODE_128"})
    void drawnBarsReadBackAsTheCode(String code, BarcodeFormat format) throws NotFoundException {
        Result read = BarcodeReader.read(Barcodes.png(code));
        assertEquals(code, read.getText());
        assertEquals(format, read.getBarcodeFormat());
    }

    @Test
    void theCheckDigitIsGs1s() {
        assertEquals(6, Ean13.checkDigit("899101100001"));
        assertEquals(5, Ean13.checkDigit("200000000001"));
        assertTrue(Barcodes.isEan13("8991011000016"));
        assertFalse(Barcodes.isEan13("8991011000017"), "a wrong check digit is no EAN-13");
    }

    @Test
    void onlyProductCodesArePrinted() {
        assertFalse(Barcodes.isPrintable("<script>"));
        assertFalse(Barcodes.isPrintable(""));
        assertThrows(IllegalArgumentException.class, () -> Barcodes.png("a b"));
    }
}
