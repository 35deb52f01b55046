package id.cermin.bench;

import id.cermin.testing.Browser;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.ItSessionListener;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The counter as the cashier feels it, in a real browser against a real store node whose
 * mirror runs on its timer: the time from the keydown of the scanner's Enter to the line
 * in the cart, over scans of random barcodes among a catalogue of 20,000 products, and
 * from the Enter on "Bayar" to the receipt painted. Each cart's first scan waits, as a
 * cashier does, until the page has its own copy of the catalogue (at most 2 s after load).
 * Not a test; see docs/BENCHMARKS.md.
 * Arguments: carts (default 20), scans per cart (default 10), seconds between mirror
 * runs (default 5). {@code -Dcermin.bench.war=path} measures another build of the WAR.
 */
public final class CounterBenchmark {

    private static final int PRODUCTS = 20_000;
    private static final int WARM_UP_CARTS = 2;

    /**
     * Notes the keydown of Enter in the scan box and, when the cart's lines change next, the
     * time to that change, to the next frame, and to the end of the lookup request it made
     * (0 when it made none).
     */
    private static final String HOOKS = """
            var b = window.benchScan = { t0: 0, times: [], waiting: null };
            document.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' && e.target.id === 'scan') { b.t0 = performance.now(); }
              if (e.key === 'Enter' && e.target.id === 'paid') {
                sessionStorage.setItem('benchPay', String(performance.timeOrigin + performance.now()));
              }
            }, true);
            new MutationObserver(function () {
              if (!b.t0) { return; }
              var t0 = b.t0, changed = performance.now();
              b.t0 = 0;
              var lookups = performance.getEntriesByType('resource').filter(function (r) {
                return r.name.indexOf('/kasir/cari') >= 0 && r.startTime >= t0;
              });
              var request = lookups.length ? lookups[lookups.length - 1].responseEnd - t0 : 0;
              requestAnimationFrame(function () {
                b.times.push([changed - t0, performance.now() - t0, request]);
                if (b.waiting) { var w = b.waiting; b.waiting = null; w(); }
              });
            }).observe(document.getElementById('cart-lines'), { childList: true, subtree: true, characterData: true });
            """;

    /**
     * Waits, as a cashier would before the first scan, until the counter's own catalogue is
     * there (or 2 s after the page loaded, for a build without one); answers when it was
     * ready, in ms after the page was asked for (-1: it has none).
     */
    private static final String AWAIT_CATALOGUE = """
            var done = arguments[arguments.length - 1];
            function check() {
              var ready = performance.getEntriesByName('cermin-catalogue-ready')[0];
              if (ready) { done(ready.startTime); return; }
              if (performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd > 2000) { done(-1); return; }
              setTimeout(check, 10);
            }
            check();
            """;

    private static final String AWAIT_SCAN = """
            var n = arguments[0], done = arguments[arguments.length - 1], b = window.benchScan;
            function check() { if (b.times.length >= n) { done(b.times[n - 1]); } else { b.waiting = check; } }
            check();
            """;

    /** On the receipt: Enter on "Bayar" to the first contentful paint of the receipt page. */
    private static final String RECEIPT_TIME = """
            var done = arguments[arguments.length - 1];
            function measure() {
              var paint = performance.getEntriesByName('first-contentful-paint')[0];
              if (!paint && document.readyState !== 'complete') { setTimeout(measure, 20); return; }
              var nav = performance.getEntriesByType('navigation')[0];
              var pressed = Number(sessionStorage.getItem('benchPay'));
              var shown = paint ? paint.startTime : nav.loadEventEnd;
              // Enter to painted; of which the sale's POST and its redirect, the receipt's GET,
              // and from the receipt's last byte to the paint.
              done([performance.timeOrigin + shown - pressed,
                    nav.redirectEnd > 0 ? performance.timeOrigin + nav.redirectEnd - pressed : -1,
                    nav.responseEnd - nav.requestStart, shown - nav.responseEnd]);
            }
            measure();
            """;

    private CounterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int carts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int scansPerCart = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String interval = args.length > 2 ? args[2] : "5";
        if (System.getProperty("cermin.bench.war") != null) {
            // Another build to compare with, e.g. the WAR of the commit before a change.
            System.setProperty("cermin.war", System.getProperty("cermin.bench.war"));
        }
        System.setProperty("cermin.workDir", "target/bench-counter");
        System.setProperty("cermin.it.dbPort", System.getProperty("cermin.it.dbPort", "3398"));
        System.setProperty("cermin.it.httpPort", System.getProperty("cermin.it.httpPort", "8190"));
        System.setProperty("cermin.it.syncInterval", interval);
        ChromeDriver browser = null;
        try {
            String base = ItServer.baseUrl();
            List<String> barcodes = loadCatalogue();
            browser = Browser.start();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/login");
            new Actions(browser).sendKeys("kasir", Keys.TAB, "kasir123", Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlToBe(base + "/"));
            Random random = new Random(14);
            long runsBefore = mirrorRuns();
            Instant started = Instant.now();
            List<Double> scanToLine = new ArrayList<>();
            List<Double> scanToChange = new ArrayList<>();
            List<Double> scanToResponse = new ArrayList<>();
            List<Double> payToReceipt = new ArrayList<>();
            List<Double> payToRedirect = new ArrayList<>();
            List<Double> receiptRequest = new ArrayList<>();
            List<Double> receiptToPaint = new ArrayList<>();
            List<Double> catalogueReady = new ArrayList<>();
            for (int cart = 0; cart < WARM_UP_CARTS + carts; cart++) {
                boolean measured = cart >= WARM_UP_CARTS;
                browser.get(base + "/kasir");
                browser.executeScript(HOOKS);
                double ready = ((Number) browser.executeAsyncScript(AWAIT_CATALOGUE)).doubleValue();
                if (measured && ready >= 0) {
                    catalogueReady.add(ready);
                }
                String previous = null;
                for (int scan = 1; scan <= scansPerCart; scan++) {
                    String barcode = previous != null && random.nextInt(5) == 0 ? previous
                            : barcodes.get(random.nextInt(barcodes.size()));
                    previous = barcode;
                    new Actions(browser).sendKeys(barcode, Keys.ENTER).perform();
                    List<?> times = (List<?>) browser.executeAsyncScript(AWAIT_SCAN, scan);
                    if (measured) {
                        scanToChange.add(((Number) times.get(0)).doubleValue());
                        scanToLine.add(((Number) times.get(1)).doubleValue());
                        scanToResponse.add(((Number) times.get(2)).doubleValue());
                    }
                }
                new Actions(browser).sendKeys(Keys.ENTER).sendKeys("10000000", Keys.ENTER).perform();
                wait.until(ExpectedConditions.urlContains("/kasir/nota?id="));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
                List<?> pay = (List<?>) browser.executeAsyncScript(RECEIPT_TIME);
                if (measured) {
                    payToReceipt.add(((Number) pay.get(0)).doubleValue());
                    payToRedirect.add(((Number) pay.get(1)).doubleValue());
                    receiptRequest.add(((Number) pay.get(2)).doubleValue());
                    receiptToPaint.add(((Number) pay.get(3)).doubleValue());
                }
            }
            Browser.assertNoConsoleErrors(browser);
            System.out.printf("Counter benchmark: %d products, %d carts of %d scans (after %d warm-up carts), mirror every"
                            + " %s s (%d runs during the benchmark), %s, %d cores, %s to %s%n", PRODUCTS, carts,
                    scansPerCart, WARM_UP_CARTS, interval, mirrorRuns() - runsBefore, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), started, Instant.now());
            System.out.println("| what | n | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("scan Enter → line in the cart (next frame)", scanToLine);
            row("scan Enter → cart changed (DOM)", scanToChange);
            row("scan Enter → lookup answered (0 = from the page's catalogue, no request)", scanToResponse);
            System.out.printf("| scans answered by a request | %d of %d | | | | |%n",
                    scanToResponse.stream().filter(t -> t > 0).count(), scanToResponse.size());
            if (!catalogueReady.isEmpty()) {
                row("counter asked for → its catalogue ready", catalogueReady);
            }
            row("Bayar Enter → receipt painted", payToReceipt);
            row("Bayar Enter → sale saved and redirected (-1 = not measured)", payToRedirect);
            row("receipt page: request to last byte", receiptRequest);
            row("receipt page: last byte to paint", receiptToPaint);
        } finally {
            if (browser != null) {
                browser.quit();
            }
            ItSessionListener.stopAll();
        }
    }

    /**
     * 20,000 products with 13-digit barcodes, made identically on the store and the hub
     * without capture (as if long mirrored), in the demo's first category and unit pcs.
     */
    private static List<String> loadCatalogue() throws SQLException {
        List<String> barcodes = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            barcodes.add(String.format("77%011d", i));
        }
        for (String database : List.of(ItServer.DATABASE, ItServer.HUB_DATABASE)) {
            try (Connection c = ItDatabase.connect(database)) {
                String category;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM category")) {
                    rs.next();
                    category = rs.getString(1);
                    s.execute("SET @cermin_origin = ''");
                }
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (id, barcode, name, category_id,"
                        + " unit_code, cost_price, sell_price, min_stock, stock, created_at, updated_at, row_version,"
                        + " origin_node) VALUES (?, ?, ?, ?, 'pcs', ?, ?, 0, 0, ?, ?, 1, 'HUB')")) {
                    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                    for (int i = 1; i <= PRODUCTS; i++) {
                        ps.setString(1, String.format("0b000000-0000-7000-8000-%012d", i));
                        ps.setString(2, barcodes.get(i - 1));
                        ps.setString(3, "Barang uji " + i);
                        ps.setString(4, category);
                        ps.setLong(5, 8_000 + i % 500 * 100);
                        ps.setLong(6, 10_000 + i % 500 * 120);
                        ps.setObject(7, now);
                        ps.setObject(8, now);
                        ps.addBatch();
                        if (i % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("SET @cermin_origin = NULL");
                }
            }
        }
        return barcodes;
    }

    private static long mirrorRuns() throws SQLException {
        return Long.parseLong(ItServer.query("SELECT COUNT(*) FROM mirror_run"));
    }

    private static void row(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", what, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
