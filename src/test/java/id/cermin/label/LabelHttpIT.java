package id.cermin.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import id.cermin.testing.BarcodeReader;
import id.cermin.testing.BackOffice;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels over HTTP: a product without a barcode gets an EAN-13 from the store's prefix,
 * and the label page's barcode image decodes (ZXing) back to the product's code.
 */
class LabelHttpIT {

    private static WebSession admin;

    @BeforeAll
    static void logIn() {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
    }

    @Test
    void aProductWithoutABarcodeGetsOneAndItsLabelDecodesToIt() throws SQLException, NotFoundException {
        String pasir = newProductWithoutBarcode("Pasir Cor Label");
        admin.get("/label");
        assertEquals(302, admin.post("/label/awalan", Map.of("prefix", "219")).statusCode());
        HttpResponse<String> printed = admin.post("/label/cetak", Map.of("productId", pasir, "copies", "3",
                "kertas", "a4"));
        assertEquals(302, printed.statusCode());
        String code = ItServer.query("SELECT barcode FROM product WHERE id = '" + pasir + "'");
        assertTrue(code.matches("219\\d{10}") && Barcodes.isEan13(code), code);

        Document sheet = WebSession.html(admin.get(BackOffice.location(printed)));
        assertEquals(3, sheet.select("#labels .label").size());
        assertTrue(sheet.selectFirst("#labels .label").text().contains("Pasir Cor Label"));
        String src = sheet.selectFirst("#labels .label img.label-bars").attr("src");
        HttpResponse<byte[]> png = admin.getBytes(src.substring(src.indexOf("/label/")));
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        Result read = BarcodeReader.read(png.body());
        assertEquals(code, read.getText());
        assertEquals(BarcodeFormat.EAN_13, read.getBarcodeFormat());

        String second = newProductWithoutBarcode("Besi Beton Label");
        admin.post("/label/cetak", Map.of("productId", second, "copies", "1", "kertas", "58"));
        long first = Long.parseLong(code.substring(3, 12));
        assertEquals(first + 1, Long.parseLong(ItServer.query("SELECT barcode FROM product WHERE id = '" + second + "'")
                .substring(3, 12)), "the next number");
    }

    @Test
    void aProductsOwnCodeThatIsNoEan13PrintsAsCode128() throws SQLException, NotFoundException {
        String id = newProductWithoutBarcode("Kawat Bendrat Label");
        admin.get("/barang/edit?id=" + id);
        String category = ItServer.query("SELECT category_id FROM product WHERE id = '" + id + "'");
        assertEquals(302, admin.post("/barang/simpan", Map.of("id", id, "barcode", "KWT-BDR-1", "name",
                "Kawat Bendrat Label", "categoryId", category, "unitCode", "kg", "costPrice", "20000",
                "sellPrice", "25000", "minStock", "0")).statusCode());
        admin.get("/label");
        HttpResponse<String> printed = admin.post("/label/cetak", Map.of("productId", id, "copies", "1", "kertas", "58"));
        Document sheet = WebSession.html(admin.get(BackOffice.location(printed)));
        String src = sheet.selectFirst("img.label-bars").attr("src");
        Result read = BarcodeReader.read(admin.getBytes(src.substring(src.indexOf("/label/"))).body());
        assertEquals("KWT-BDR-1", read.getText());
        assertEquals(BarcodeFormat.CODE_128, read.getBarcodeFormat());
        assertEquals(404, admin.getBytes("/label/barcode.png?code=%3Cx%3E").statusCode());
    }

    private static String newProductWithoutBarcode(String name) throws SQLException {
        admin.get("/barang/baru");
        String category = ItServer.query("SELECT id FROM category WHERE archived_at IS NULL ORDER BY name LIMIT 1");
        HttpResponse<String> saved = admin.post("/barang/simpan", Map.of("id", "", "barcode", "", "name", name,
                "categoryId", category, "unitCode", "kg", "costPrice", "20000", "sellPrice", "25000", "minStock", "0"));
        assertEquals(302, saved.statusCode(), saved.body());
        return ItServer.query("SELECT id FROM product WHERE name = '" + name + "'");
    }
}
