package id.cermin.payment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The store's static QRIS code as an image, as uploaded: a PNG or JPEG file of at most
 * {@value #MAX_BYTES} bytes, recognised by its first bytes, never by its name.
 */
public record QrisImage(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 512 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The image in these bytes, or empty when they are no PNG or JPEG or too large. */
    public static Optional<QrisImage> of(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(new QrisImage("image/png", bytes));
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(new QrisImage("image/jpeg", bytes));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
