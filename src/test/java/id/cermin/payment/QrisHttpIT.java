package id.cermin.payment;

import id.cermin.testing.CartForm;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's QRIS image over HTTP: the owner uploads it on the settings page, the counter
 * and a QRIS sale's receipt show it, anything that is no PNG or JPEG is refused, and only
 * the owner changes it.
 */
class QrisHttpIT {

    @Test
    void theOwnersQrisImageIsShownAtTheCounterAndOnTheReceipt() throws IOException, SQLException {
        String base = ItServer.baseUrl();
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");
        WebSession kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        byte[] png = png();

        owner.get("/pengaturan");
        HttpResponse<String> refused = owner.postFile("/pengaturan/qris", "image", "qris.svg",
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        assertEquals(302, refused.statusCode());
        assertTrue(owner.get("/pengaturan").body().contains("harus berkas PNG atau JPEG"));

        kasir.get("/kasir");
        assertEquals(403, kasir.postFile("/pengaturan/qris", "image", "qris.png", png).statusCode());

        owner.get("/pengaturan");
        assertEquals(302, owner.postFile("/pengaturan/qris", "image", "qris.png", png).statusCode());
        HttpResponse<byte[]> served = kasir.getBytes("/qris");
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertArrayEquals(png, served.body());
        assertTrue(kasir.get("/kasir").body().contains("id=\"qris-panel\""), "the counter can show it");

        String semen = ItServer.query("SELECT id FROM product WHERE name = 'Semen Tiga Roda PCC 40 kg'");
        String price = ItServer.query("SELECT sell_price FROM product WHERE id = '" + semen + "'");
        kasir.get("/kasir");
        HttpResponse<String> sold = kasir.postForm("/kasir/bayar", CartForm.fresh().line(semen, "", "1", "")
                .pay("QRIS", price, "").cash("0").encoded());
        assertEquals(302, sold.statusCode(), WebSession.html(sold).select("#checkout-error").text());
        String location = sold.headers().firstValue("Location").orElseThrow();
        String receipt = kasir.get(location.substring(location.indexOf("/kasir"))).body();
        assertTrue(receipt.contains("class=\"receipt-qris\""), "printed on the receipt");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(29, 29, BufferedImage.TYPE_BYTE_BINARY);
        for (int i = 0; i < 29; i++) {
            image.setRGB(i, i, 0xFFFFFF);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return Arrays.copyOf(out.toByteArray(), out.size());
    }
}
