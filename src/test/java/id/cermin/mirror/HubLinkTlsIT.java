package id.cermin.mirror;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link to the hub verified, as README tells a store to set it (sslMode VERIFY_IDENTITY
 * with the hub's CA): a hub database serving a certificate of a generated CA for
 * "localhost" is mirrored with; the same hub reached under another name, or with another
 * CA trusted, is refused before anything is sent, and the store sells on meanwhile.
 */
class HubLinkTlsIT {

    private static final int PORT = Integer.getInteger("cermin.it.tlsHubPort", 3403);
    private static Path certs;
    private static EmbeddedMariaDb server;
    private static MirrorNode hub;
    private static MirrorNode store;
    private static MirrorNode.StoreAccount account;

    @BeforeAll
    static void start() throws Exception {
        certs = Path.of(System.getProperty("cermin.workDir", "target/it")).toAbsolutePath().resolve("tls");
        TestFiles.deleteTree(certs);
        Files.createDirectories(certs);
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Cermin Test CA",
                "-keyout", "ca.key", "-out", "ca.pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Other CA",
                "-keyout", "other.key", "-out", "other.pem");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
                "-out", "server.csr");
        Files.writeString(certs.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.pem");
        for (String ca : new String[] {"ca", "other"}) {
            run("keytool", "-importcert", "-noprompt", "-alias", "hub-ca", "-file", ca + ".pem", "-keystore",
                    ca + ".p12", "-storetype", "PKCS12", "-storepass", "changeit");
        }
        Path home = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("mariadb-tls-" + PORT);
        TestFiles.deleteTree(home);
        server = EmbeddedMariaDb.start(home, PORT, "--ssl-ca=" + certs.resolve("ca.pem"),
                "--ssl-cert=" + certs.resolve("server.pem"), "--ssl-key=" + certs.resolve("server.key"));
        server.account(EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD, "ALL PRIVILEGES ON *.* WITH GRANT OPTION");
        hub = MirrorNode.create(server, "tls_hub", "HUB");
        store = MirrorNode.create(ItDatabase.server(), "tls_store", "S1");
        account = hub.registerStore("S1");
        try (Connection c = hub.connect()) {
            ShopWrites.catalogue(c, "HUB", 3, "S1");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theHubIsReachedOnlyWhenItsCertificateAndNameAreTheOnesTrusted() throws Exception {
        RunReport verified = new MirrorEngine(store.dataSource(), link("localhost", "ca.p12")).run("TEST");
        assertTrue(verified.succeeded(), verified::error);
        assertTrue(verified.bootstrapped());

        RunReport otherCa = new MirrorEngine(store.dataSource(), link("localhost", "other.p12")).run("TEST");
        assertFalse(otherCa.succeeded(), "a certificate of a CA the store does not trust is refused");
        RunReport otherName = new MirrorEngine(store.dataSource(), link("127.0.0.1", "ca.p12")).run("TEST");
        assertFalse(otherName.succeeded(), "a certificate for another name is refused: " + otherName.error());
        System.out.printf("refused: %s | %s%n", otherCa.error(), otherName.error());

        try (Connection c = store.connect()) {
            String userId = (String) store.value("SELECT id FROM app_user LIMIT 1");
            ShopWrites.sell(c, "S1", userId, List.of((String) store.value("SELECT id FROM product LIMIT 1")), 1);
        }
        assertEquals(1, store.count("SELECT COUNT(*) FROM sale"), "the store sells on whatever the link does");
    }

    private static DataSource link(String host, String truststore) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://" + host + ":" + PORT + "/tls_hub?sslMode=VERIFY_IDENTITY"
                + "&trustCertificateKeyStoreUrl=" + certs.resolve(truststore).toUri()
                + "&trustCertificateKeyStorePassword=changeit&trustCertificateKeyStoreType=PKCS12"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&connectTimeout=3000");
        ds.setUser(account.user());
        ds.setPassword(account.password());
        return ds;
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        run(command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
