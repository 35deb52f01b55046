package id.cermin.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads barcodes back from images the way a scanner would, with ZXing's decoder. */
public final class BarcodeReader {

    private BarcodeReader() {
    }

    /** The one barcode in a PNG (or any image ImageIO reads). */
    public static Result read(byte[] image) throws NotFoundException {
        return read(image(image));
    }

    public static Result read(BufferedImage image) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    /** Every barcode found in horizontal bands of the image (a sheet of labels), top to bottom. */
    public static List<String> readBands(BufferedImage image, int bandHeight) {
        List<String> found = new ArrayList<>();
        for (int y = 0; y + bandHeight <= image.getHeight(); y += bandHeight / 2) {
            for (int x = 0; x + image.getWidth() / 3 <= image.getWidth(); x += image.getWidth() / 6) {
                try {
                    found.add(read(image.getSubimage(x, y, image.getWidth() / 3, bandHeight)).getText());
                } catch (NotFoundException e) {
                    // no whole barcode in this piece
                }
            }
        }
        return found;
    }

    public static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
