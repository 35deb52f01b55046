package id.cermin.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A product's code as bars: ZXing encodes it (EAN-13 for a 13-digit code with a right
 * check digit, Code 128 for anything else), and the bars are drawn as a black-and-white
 * PNG, {@value #MODULE} pixels per module so that a printer scales it without blurring.
 */
public final class Barcodes {

    static final int MODULE = 3;
    static final int HEIGHT = 150;
    private static final int QUIET_MODULES = 10;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,64}");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    private Barcodes() {
    }

    /** Whether the code can be printed: what a product's barcode may be. */
    public static boolean isPrintable(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static BarcodeFormat formatOf(String code) {
        return isEan13(code) ? BarcodeFormat.EAN_13 : BarcodeFormat.CODE_128;
    }

    /** A 13-digit code whose last digit is the EAN check digit of the first twelve. */
    public static boolean isEan13(String code) {
        return code != null && THIRTEEN_DIGITS.matcher(code).matches()
                && Ean13.checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }

    /** The code's bars as a PNG image. */
    public static byte[] png(String code) {
        BitMatrix bars = bars(code);
        BufferedImage image = new BufferedImage(bars.getWidth() * MODULE, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = bars.get(x / MODULE, 0) ? 0x000000 : 0xFFFFFF;
            for (int y = 0; y < HEIGHT; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** One row of modules, quiet zones included (width 0 asks ZXing for one pixel per module). */
    static BitMatrix bars(String code) {
        if (!isPrintable(code)) {
            throw new IllegalArgumentException("Not a printable code: " + code);
        }
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.MARGIN, QUIET_MODULES);
        return formatOf(code) == BarcodeFormat.EAN_13
                ? new EAN13Writer().encode(code, BarcodeFormat.EAN_13, 0, 1, hints)
                : new Code128Writer().encode(code, BarcodeFormat.CODE_128, 0, 1, hints);
    }
}
