package id.cermin.bench;

import id.cermin.testing.BrowserSession;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * What the owner of a new store sees while it fills itself from a big hub: a real store
 * node (the WAR on Payara Micro, {@link ItServer}) whose hub holds N sale lines of it, the
 * "Sinkronkan" button pressed in headless Chromium, then the dashboard photographed twice
 * while the bootstrap runs (the count must have moved between the two, without a reload)
 * and once after it. Not a test: run with {@code ./mvnw -q -B -o exec:java
 * -Dexec.mainClass=id.cermin.bench.BootstrapPage -Dexec.args=300000}; pictures under
 * {@code target/bench-bootstrap-page/screenshots}. Database on 3805, HTTP on 8805 unless
 * {@code -Dcermin.it.dbPort} / {@code -Dcermin.it.httpPort} say otherwise.
 */
public final class BootstrapPage {

    private BootstrapPage() {
    }

    public static void main(String[] args) throws Exception {
        long lines = args.length == 0 ? 300_000 : args[0].equals("smoke") ? 20_000 : Long.parseLong(args[0]);
        Path work = Path.of(System.getProperty("cermin.workDir", "target/bench-bootstrap-page"));
        System.setProperty("cermin.workDir", work.toString());
        System.setProperty("cermin.it.dbPort", System.getProperty("cermin.it.dbPort", "3805"));
        System.setProperty("cermin.it.httpPort", System.getProperty("cermin.it.httpPort", "8805"));
        System.setProperty("cermin.it.syncInterval", "0");
        TestFiles.deleteTree(work);
        String base = ItServer.baseUrl();
        try (Connection hub = ItDatabase.connect(ItServer.HUB_DATABASE)) {
            SaleHistory.load(hub, lines, firstUser(hub), "S9", 8);
        }
        log("hub holds %,d more sale lines of S9", lines);
        BrowserSession browser = BrowserSession.start();
        try {
            browser.logIn(base, "admin", "admin123");
            browser.driver().get(base + "/");
            browser.driver().findElement(By.cssSelector("form[action$='/sync'] button")).click();
            browser.driver().get(base + "/");
            WebElement count = browser.waiting().until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bootstrap-progress [data-count]")));
            Thread.sleep(2000);
            String first = count.getText();
            browser.screenshot("bootstrap-running-1.png");
            Thread.sleep(4000);
            String second = count.getText();
            browser.screenshot("bootstrap-running-2.png");
            log("progress on the page: \"%s\", 4 s later \"%s\"", first, second);
            if (first.equals(second)) {
                throw new IllegalStateException("the progress count did not move: " + first);
            }
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofMinutes(10)).until(
                    ExpectedConditions.invisibilityOfElementLocated(By.id("bootstrap-progress")));
            browser.screenshot("bootstrap-done.png");
            log("bootstrap done; screenshots in %s", BrowserSession.screenshots().toAbsolutePath());
        } finally {
            browser.driver().quit();
            // The store node is a process of its own: it would outlive this program.
            ProcessHandle.of(ItServer.pid()).ifPresent(ProcessHandle::destroy);
        }
        System.exit(0);
    }

    private static String firstUser(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM app_user ORDER BY id LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bootstrap page] " + format + "%n", args);
    }
}
