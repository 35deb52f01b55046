package id.cermin.branch;

import id.cermin.testing.Browser;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.cermin.branch.OwnerViewIT.BANDUNG;
import static id.cermin.branch.OwnerViewIT.BEKASI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link OwnerViewIT}'s pages from outside the hub's server, over HTTP and in a browser
 * (kept apart so the test class deployed into the server needs neither).
 */
final class OwnerPages {

    private OwnerPages() {
    }

    static void check(String base, String owner, String password, String mark) throws Exception {
        screenshots(base, owner, password, mark);
        WebSession session = WebSession.loggedIn(base, owner, password);
        Document bandung = WebSession.html(session.get("/laporan/keluar?toko=" + BANDUNG));
        List<String> storeCells = bandung.select("#sales-report tbody td.store").eachText();
        assertEquals(List.of(BANDUNG, BANDUNG), storeCells);
        assertEquals(BANDUNG, bandung.selectFirst("#store-filter option[selected]").val());
        assertTrue(bandung.selectFirst("#csv-link").attr("href").contains("toko=" + BANDUNG));
        Document all = WebSession.html(session.get("/laporan/keluar"));
        List<String> allStores = all.select("#sales-report tbody td.store").eachText();
        assertTrue(allStores.containsAll(List.of(BANDUNG, BEKASI)), allStores.toString());

        HttpResponse<String> csv = session.get("/laporan/keluar/csv?toko=" + BEKASI);
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).endsWith(";Toko"), lines.get(0));
        assertEquals(2, lines.stream().filter(l -> l.endsWith(";" + BEKASI)).count(), csv.body());
        assertTrue(lines.stream().noneMatch(l -> l.endsWith(";" + BANDUNG)));
        Document stockIns = WebSession.html(session.get("/laporan/masuk?toko=" + BEKASI));
        assertTrue(stockIns.select("#stock-in-report tbody td.store").isEmpty());

        Document home = WebSession.html(session.get("/?toko=" + BEKASI));
        Element figures = home.getElementById("branch-figures");
        assertNotNull(figures, "the hub's dashboard compares the branches");
        assertEquals(List.of(BANDUNG, BEKASI), figures.select("tbody tr").eachAttr("data-store"));
        assertEquals("Rp 10.000", home.getElementById("profit-today").text(), "the cards are Bekasi's");

        Document stock = WebSession.html(session.get("/stok?q=" + mark.replace(' ', '+') + "+Pasir"));
        assertFalse(stock.select("#stock-sheet td.low-cell[data-store=" + BEKASI + "]").isEmpty(), stock::outerHtml);
        assertTrue(stock.select("#stock-sheet td.low-cell[data-store=" + BANDUNG + "]").isEmpty());

        Document sync = WebSession.html(session.get("/sinkronisasi"));
        Element bdg = sync.selectFirst("#stores tr[data-store=" + BANDUNG + "]");
        assertNotNull(bdg);
        assertTrue(bdg.selectFirst(".store-differences").text().contains("product 1"));
        assertEquals("belum pernah", sync.selectFirst("#stores tr[data-store=" + BEKASI + "] .store-contact").text());
    }

    /** The owner's pages as a person sees them, saved for a look (target/it/screenshots). */
    private static void screenshots(String base, String owner, String password, String mark) throws Exception {
        Path shots = Path.of(System.getProperty("cermin.workDir", "target/it"), "screenshots");
        Files.createDirectories(shots);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(base + "/login");
            browser.switchTo().activeElement().sendKeys(owner, Keys.TAB, password, Keys.ENTER);
            wait.until(ExpectedConditions.urlToBe(base + "/"));
            browser.manage().window().setSize(new Dimension(1366, 1400));
            for (Map.Entry<String, String> page : Map.of("hub-dashboard", "/", "hub-sales-report", "/laporan/keluar",
                    "hub-stock", "/stok?q=" + mark.replace(' ', '+'), "hub-sync", "/sinkronisasi",
                    "hub-transfers", "/mutasi").entrySet()) {
                browser.get(base + page.getValue());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
                Files.write(shots.resolve(page.getKey() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            browser.quit();
        }
    }
}
