package id.cermin.catalog;

import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product form over HTTP: bad input comes back with the values kept and an error at
 * the field and leaves the database as it was; good input is stored exactly.
 */
class ProductFormHttpIT {

    private static final String SEMEN_BARCODE = "8991011000016";
    private static String base;
    private static WebSession admin;
    private static String categoryId;

    @BeforeAll
    static void logIn() throws SQLException {
        base = ItServer.baseUrl();
        admin = WebSession.loggedIn(base, "admin", "admin123");
        categoryId = ItServer.query("SELECT id FROM category WHERE archived_at IS NULL ORDER BY name LIMIT 1");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "name|''",
            "name|LONG300",
            "costPrice|-5000",
            "sellPrice|abc",
            "sellPrice|15000rb",
            "costPrice|1e9",
            "sellPrice|''",
            "minStock|-1",
            "minStock|dua",
            "barcode|" + SEMEN_BARCODE,
            "barcode|<script>",
            "categoryId|00000000-0000-0000-0000-000000000000",
            "unitCode|ember",
    })
    void badInputChangesNothing(String field, String value) throws SQLException {
        String typed = "LONG300".equals(value) ? "x".repeat(300) : value;
        Map<String, String> form = validForm("Uji " + field);
        form.put(field, typed);
        long before = productCount();
        admin.get("/barang/baru");
        HttpResponse<String> response = admin.post("/barang/simpan", form);
        assertEquals(200, response.statusCode(), "form shown again");
        Document page = WebSession.html(response);
        assertNotNull(page.selectFirst(".field.invalid #f-" + field), "error next to " + field + ":\n" + page.select("form"));
        assertNotNull(page.selectFirst("#e-" + field), "message for " + field);
        if (!"categoryId".equals(field) && !"unitCode".equals(field)) {
            assertEquals(typed, page.selectFirst("#f-" + field).attr("value"), "value kept");
        }
        assertEquals(form.get("name").equals(typed) ? typed : form.get("name"), page.selectFirst("#f-name").attr("value"));
        assertEquals(before, productCount(), "nothing saved");
    }

    @Test
    void validProductIsStoredExactly() throws SQLException {
        Map<String, String> form = validForm("Kawat Bendrat Uji");
        form.put("barcode", "");
        form.put("costPrice", "1.250.000");
        form.put("sellPrice", "1500000");
        form.put("minStock", "2,5");
        admin.get("/barang/baru");
        HttpResponse<String> response = admin.post("/barang/simpan", form);
        assertEquals(302, response.statusCode(), response.body());
        try (Connection c = ItDatabase.connect(ItServer.DATABASE);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT barcode, cost_price, sell_price, min_stock, stock, origin_node FROM product WHERE name = ?")) {
            ps.setString(1, "Kawat Bendrat Uji");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNull(rs.getString("barcode"), "no barcode for loose goods");
                assertEquals(1_250_000L, rs.getLong("cost_price"));
                assertEquals(1_500_000L, rs.getLong("sell_price"));
                assertEquals(0, new BigDecimal("2.5").compareTo(rs.getBigDecimal("min_stock")));
                assertEquals(0, BigDecimal.ZERO.compareTo(rs.getBigDecimal("stock")));
                assertEquals("S9", rs.getString("origin_node"));
            }
        }
        assertTrue(admin.get("/barang?q=bendrat+uji").body().contains("Rp 1.500.000"));
    }

    @Test
    void nameWithMarkupIsShownAsText() throws SQLException {
        Map<String, String> form = validForm("Cat <b>Tebal</b> & \"Awet\"");
        admin.get("/barang/baru");
        assertEquals(302, admin.post("/barang/simpan", form).statusCode());
        HttpResponse<String> response = admin.get("/barang?q=tebal");
        Document page = WebSession.html(response);
        assertEquals("Cat <b>Tebal</b> & \"Awet\"", page.selectFirst("td.name").text());
        assertTrue(page.select("td.name b").isEmpty(), "markup not interpreted");
        assertTrue(response.body().contains("Cat &lt;b&gt;Tebal&lt;/b&gt; &amp;"), response.body());
    }

    @Test
    void archiveHidesAndRestoreBringsBack() throws SQLException {
        String id = ItServer.query("SELECT id FROM product WHERE barcode = '" + SEMEN_BARCODE + "'");
        admin.get("/barang");
        assertEquals(302, admin.post("/barang/arsipkan", Map.of("id", id)).statusCode());
        assertNotNull(ItServer.query("SELECT archived_at FROM product WHERE id = '" + id + "'"));
        assertTrue(admin.get("/barang?arsip=1&q=" + SEMEN_BARCODE).body().contains("Semen Tiga Roda PCC 40 kg"));
        assertEquals(302, admin.post("/barang/pulihkan", Map.of("id", id)).statusCode());
        assertNull(ItServer.query("SELECT archived_at FROM product WHERE id = '" + id + "'"));
    }

    @Test
    void searchFindsByNameOrBarcodeAndPages() {
        assertTrue(admin.get("/barang?q=semen").body().contains("Semen Gresik PCC 40 kg"));
        assertTrue(admin.get("/barang?q=8991011").body().contains("Semen Tiga Roda PCC 40 kg"));
        Document page1 = WebSession.html(admin.get("/barang"));
        Document page2 = WebSession.html(admin.get("/barang?hal=2"));
        assertEquals(25, page1.select("table.data tbody tr").size());
        assertTrue(page2.select("table.data tbody tr").size() > 0);
        assertTrue(!page1.select("table.data tbody tr td.name").first().text()
                .equals(page2.select("table.data tbody tr td.name").first().text()));
    }

    @Test
    void lettersBeyondAsciiInTheSearchOrTheBarcodeAreAnsweredNotFailed() throws SQLException {
        assertEquals(200, admin.get("/barang?q=%C3%A9").statusCode(), "é in the search");
        assertEquals(200, admin.get("/barang?q=pipa+%C3%A9").statusCode(), "é among other words");
        Map<String, String> form = validForm("Barcode Beraksen");
        form.put("barcode", "é123");
        long before = productCount();
        admin.get("/barang/baru");
        HttpResponse<String> response = admin.post("/barang/simpan", form);
        assertEquals(200, response.statusCode(), "the form again, not an error page");
        assertNotNull(WebSession.html(response).selectFirst("#e-barcode"), "said at the barcode");
        assertEquals(before, productCount());
    }

    @Test
    void furtherUnitsAndPriceRulesAreSavedAndALineLeftOutIsArchived() throws SQLException {
        String name = "Paku Uji Satuan";
        String fields = "id=&barcode=&name=" + name.replace(' ', '+') + "&categoryId=" + categoryId
                + "&unitCode=kg&costPrice=20000&sellPrice=25000&minStock=0"
                + "&extraUnit=dus&extraFactor=20&extraPrice=480000&extraBarcode=7700112233"
                + "&extraUnit=&extraFactor=&extraPrice=&extraBarcode="
                + "&ruleUnit=dus&ruleLevel=KONTRAKTOR&ruleMin=1&ruleStore=&rulePrice=470000"
                + "&ruleUnit=kg&ruleLevel=ECERAN&ruleMin=1&ruleStore=S2&rulePrice=26000";
        admin.get("/barang/baru");
        assertEquals(302, admin.postForm("/barang/simpan", fields).statusCode());
        String id = ItServer.query("SELECT id FROM product WHERE name = '" + name + "'");
        assertEquals("dus|20.000|480000|7700112233", ItServer.query("SELECT CONCAT(unit_code, '|', factor, '|', sell_price,"
                + " '|', barcode) FROM product_unit WHERE product_id = '" + id + "'"));
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM product_price WHERE product_id = '" + id
                + "' AND archived_at IS NULL"));
        assertEquals("S2", ItServer.query("SELECT store_node FROM product_price WHERE product_id = '" + id
                + "' AND unit_code = 'kg'"));

        admin.get("/barang/baru");
        HttpResponse<String> taken = admin.postForm("/barang/simpan", fields.replace("Satuan", "Lain")
                .replace("&ruleUnit=dus&ruleLevel=KONTRAKTOR&ruleMin=1&ruleStore=&rulePrice=470000", ""));
        assertEquals(200, taken.statusCode());
        assertTrue(WebSession.html(taken).select("#e-units").text().contains("sudah dipakai"), "a unit's barcode is taken");

        Document edit = WebSession.html(admin.get("/barang/edit?id=" + id));
        assertEquals("dus", edit.selectFirst("select[name=extraUnit] option[selected]").attr("value"));
        assertTrue(edit.getElementById("below-cost").hasAttr("hidden"), "no price below cost yet");
        String cheaper = fields.replace("id=&", "id=" + id + "&").replace("&extraUnit=dus&extraFactor=20&extraPrice=480000"
                + "&extraBarcode=7700112233", "").replace("&ruleUnit=dus&ruleLevel=KONTRAKTOR&ruleMin=1&ruleStore="
                + "&rulePrice=470000", "").replace("rulePrice=26000", "rulePrice=19000");
        assertEquals(302, admin.postForm("/barang/simpan", cheaper).statusCode());
        assertTrue(ItServer.query("SELECT archived_at FROM product_unit WHERE product_id = '" + id + "'") != null,
                "the unit left out is archived");
        assertNull(ItServer.query("SELECT barcode FROM product_unit WHERE product_id = '" + id + "'"),
                "and gives its barcode back");
        Document below = WebSession.html(admin.get("/barang/edit?id=" + id));
        assertTrue(below.getElementById("below-cost").text().contains("kg (Eceran): Rp 19.000, modal Rp 20.000"),
                below.getElementById("below-cost").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the base unit again|&extraUnit=pcs&extraFactor=10&extraPrice=1000|error.unitLineCode|units",
            "factor 0|&extraUnit=dus&extraFactor=0&extraPrice=1000|error.unitLineFactor|units",
            "half a piece|&extraUnit=dus&extraFactor=2,5&extraPrice=1000|error.unitLineFactorWhole|units",
            "a rule for a unit not sold|&ruleUnit=roll&ruleLevel=GROSIR&ruleMin=1&ruleStore=&rulePrice=5|error.priceLineUnit|prices",
            "the unit's own price as a rule|&ruleUnit=pcs&ruleLevel=ECERAN&ruleMin=1&ruleStore=&rulePrice=5|error.priceLineIsUnitPrice|prices",
    })
    void aBadUnitOrPriceLineChangesNothing(String name, String line, String key, String field) throws SQLException {
        long before = productCount();
        admin.get("/barang/baru");
        HttpResponse<String> response = admin.postForm("/barang/simpan", "id=&barcode=&name=Uji+Baris&categoryId="
                + categoryId + "&unitCode=pcs&costPrice=100&sellPrice=200&minStock=0" + line);
        assertEquals(200, response.statusCode(), name);
        assertTrue(WebSession.html(response).select("#e-" + field).text().contains("ke-1:"), name);
        assertEquals(before, productCount(), name + ": nothing saved (" + key + ")");
    }

    private static Map<String, String> validForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("id", "");
        form.put("barcode", "");
        form.put("name", name);
        form.put("categoryId", categoryId);
        form.put("unitCode", "pcs");
        form.put("costPrice", "10000");
        form.put("sellPrice", "12000");
        form.put("minStock", "0");
        return form;
    }

    private static long productCount() throws SQLException {
        return Long.parseLong(ItServer.query("SELECT COUNT(*) FROM product"));
    }

}
