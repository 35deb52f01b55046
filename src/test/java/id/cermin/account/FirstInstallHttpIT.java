package id.cermin.account;

import id.cermin.catalog.UsualUnits;
import id.cermin.launcher.Database;
import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;
import id.cermin.testing.Browser;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real install as README tells it, not the demo: a hub on an empty database, the owner
 * made at {@code /setup}, and from there to a first product and a first sale by following
 * the dashboard's first steps. The usual units are there from the start (and captured for
 * the stores), so the owner invents none.
 */
class FirstInstallHttpIT {

    private static final String DATABASE = "cermin_first_install";
    private static final int PORT = Integer.getInteger("cermin.it.firstInstallPort", 8183);
    private static PayaraMicroServer server;

    /** The set-up code the owner reads from the server log; given here so the test knows it. */
    private static final String SETUP_CODE = "UJI-PASANG-0001";

    @BeforeAll
    static void anEmptyHub() throws IOException, InterruptedException {
        ItDatabase.freshDatabase(DATABASE);
        Map<String, String> env = NodeEnvironment.hub("HUB", Database.embedded(ItDatabase.port(), DATABASE,
                EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD), false);
        env = new HashMap<>(env);
        env.put("CERMIN_SETUP_CODE", SETUP_CODE);
        Path work = Path.of(System.getProperty("cermin.workDir", "target/it"));
        server = PayaraMicroServer.start(new PayaraMicroServer.Spec("first-install-hub",
                Path.of(System.getProperty("cermin.payaraMicroJar")), Path.of(System.getProperty("cermin.serverLib")),
                Path.of(System.getProperty("cermin.war")), Path.of(System.getProperty("cermin.serverConfig")).resolve("hub"),
                work.resolve("first-install"), PORT, env));
        server.awaitHealthy();
        // The first page compiles the server's JSP machinery: on a loaded machine that alone
        // can take longer than a request's timeout, and is not what this test is about.
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/setup"))
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.discarding());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOwnerGoesFromSetupToAFirstSale() throws SQLException {
        String base = server.baseUrl();
        WebSession owner = new WebSession(base);
        HttpResponse<String> login = owner.get("/login");
        assertEquals("/setup", login.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", ""))
                .orElse(""), "an install without users asks for its owner");
        assertTrue(WebSession.html(owner.get("/setup")).select(".login-box p").text().contains("Satuan yang biasa dipakai"));
        assertEquals(List.of(), column("SELECT code FROM unit"), "no unit before the owner is made");

        HttpResponse<String> made = owner.post("/setup", Map.of("code", SETUP_CODE, "username", "pemilik",
                "fullName", "Pak Budi", "password", "rahasia12345"));
        assertEquals(302, made.statusCode(), made.body());
        assertEquals(Set.copyOf(UsualUnits.CODES), Set.copyOf(column("SELECT code FROM unit")));
        assertEquals(Set.of("kg", "m²", "m³", "meter"), Set.copyOf(column("SELECT code FROM unit WHERE allows_fraction")));
        assertEquals(String.valueOf(UsualUnits.CODES.size()), value(
                "SELECT COUNT(*) FROM mirror_change WHERE table_name = 'unit' AND op = 'I'"), "captured for the stores");

        owner.login("pemilik", "rahasia12345");
        Document steps = WebSession.html(owner.get("/"));
        assertEquals(4, steps.select("#first-steps li").size(), steps.select("#first-steps").outerHtml());
        assertEquals(1, steps.select("#first-steps li.done").size(), "only the units are ready");
        assertTrue(steps.select("#first-steps li.done").text().contains("11 satuan siap dipakai"),
                steps.select("#first-steps").text());
        assertFalse(steps.select("#first-steps a[href=/barang/baru]").isEmpty());
        if (Browser.available()) {
            lookAtTheFirstSteps(base);
        }

        owner.get("/kategori");
        assertEquals(302, owner.post("/kategori/simpan", Map.of("name", "Semen")).statusCode());
        String category = value("SELECT id FROM category WHERE name = 'Semen'");
        owner.get("/barang/baru");
        HttpResponse<String> product = owner.post("/barang/simpan", Map.of("barcode", "8990000000017",
                "name", "Semen Gresik 40 kg", "categoryId", category, "unitCode", "sak",
                "costPrice", "52.000", "sellPrice", "58.000", "minStock", "5"));
        assertEquals(302, product.statusCode(), product.body());
        assertEquals(3, WebSession.html(owner.get("/")).select("#first-steps li.done").size());

        String productId = value("SELECT id FROM product WHERE barcode = '8990000000017'");
        owner.get("/kasir");
        HttpResponse<String> sold = owner.postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(productId), List.of("2"), "120000", Map.of());
        assertEquals(302, sold.statusCode(), sold.body());
        assertEquals("116000", value("SELECT total FROM sale"));
        assertTrue(WebSession.html(owner.get("/")).select("#first-steps").isEmpty(), "no first steps after the first sale");
    }

    /** The dashboard of the new install as the owner sees it (target/it/first-steps.png), without console errors. */
    private static void lookAtTheFirstSteps(String base) {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login");
            new Actions(browser).sendKeys("pemilik", Keys.TAB, "rahasia12345", Keys.ENTER).perform();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("first-steps")));
        } finally {
            Browser.close(browser, "first-steps.png");
        }
    }

    private static String value(String sql) throws SQLException {
        List<String> values = column(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> column(String sql) throws SQLException {
        try (Connection c = ItDatabase.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
