package id.cermin.payment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A QRIS image is recognised by its first bytes: PNG or JPEG, never anything else, never too large. */
class QrisImageTest {

    @Test
    void pngAndJpegAreTakenByTheirFirstBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        assertEquals("image/png", QrisImage.of(png).orElseThrow().contentType());
        assertEquals("image/jpeg", QrisImage.of(jpeg).orElseThrow().contentType());
    }

    @Test
    void anythingElseOrTooLargeIsRefused() {
        assertTrue(QrisImage.of("<svg onload=alert(1)>".getBytes()).isEmpty());
        assertTrue(QrisImage.of(new byte[0]).isEmpty());
        byte[] huge = new byte[QrisImage.MAX_BYTES + 1];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, huge, 0, 3);
        assertTrue(QrisImage.of(huge).isEmpty());
        assertTrue(QrisImage.of(Arrays.copyOf(huge, QrisImage.MAX_BYTES)).isPresent());
    }
}
