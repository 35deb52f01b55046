package id.cermin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service definitions in {@code server-config/}, filled in as {@code cermin install-service}
 * and {@code cermin.cmd install-service} fill them: systemd accepts the unit, and the WinSW
 * file is well-formed XML that starts the store and rotates its output by size.
 */
class ServiceFilesTest {

    private static final Path CONFIG = Path.of("server-config");

    @TempDir
    Path dir;

    @Test
    void systemdAcceptsTheStoreUnit() throws Exception {
        assumeTrue(new File("/usr/bin/systemd-analyze").canExecute(), "systemd-analyze is not installed");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path unit = dir.resolve("cermin-store.service");
        Files.writeString(unit, Files.readString(CONFIG.resolve("linux/cermin-store.service"))
                .replace("@HOME@", "/opt/cermin").replace("@JAVA@", java.toString()).replace("@USER@", "root"));

        Process verify = new ProcessBuilder("systemd-analyze", "verify", unit.toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), said);
        assertEquals("", said.strip(), "no warnings");
        assertTrue(Files.readString(unit).contains("ExecStart=" + java + " -jar /opt/cermin/target/cermin-launcher.jar store"));
    }

    @Test
    void theWindowsServiceStartsTheStoreAndRotatesItsOutputBySize() throws Exception {
        String filled = Files.readString(CONFIG.resolve("windows/cermin-store.xml"))
                .replace("@HOME@", "C:\\Cermin").replace("@JAVA@", "C:\\Program Files\\Java\\bin\\java.exe");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(filled.getBytes(StandardCharsets.UTF_8)));
        XPath path = XPathFactory.newInstance().newXPath();

        assertEquals("cermin-store", path.evaluate("/service/id", xml));
        assertEquals("C:\\Program Files\\Java\\bin\\java.exe", path.evaluate("/service/executable", xml));
        assertEquals("-jar \"C:\\Cermin\\target\\cermin-launcher.jar\" store", path.evaluate("/service/arguments", xml));
        assertEquals("C:\\Cermin", path.evaluate("/service/workingdirectory", xml));
        assertEquals("Automatic", path.evaluate("/service/startmode", xml));
        assertEquals("roll-by-size", path.evaluate("/service/log/@mode", xml));
        assertEquals("5", path.evaluate("/service/log/keepFiles", xml));
        assertEquals("restart", path.evaluate("/service/onfailure/@action", xml));
    }
}
