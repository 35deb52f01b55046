package id.cermin.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;

/**
 * The certificate authority a store trusts for the hub's database, when the hub's
 * certificate is not from a public CA (CERMIN_HUB_DB_CA, a PEM file): turned into a
 * truststore the store's server uses, so the link is verified (sslMode VERIFY_IDENTITY:
 * the right certificate, for the hub's name) and a man in the middle is refused.
 */
final class HubTrust {

    private static final String PASSWORD = "cermin-hub-ca";

    private HubTrust() {
    }

    /** The Java options that make the store's server trust the CA in {@code pem} (kept in {@code work}). */
    static List<String> javaOptions(Path pem, Path work) throws IOException {
        Path store = work.resolve("hub-ca.p12");
        try (InputStream in = Files.newInputStream(pem); OutputStream out = Files.newOutputStream(store)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("hub-ca-" + i++, ca);
            }
            if (i == 0) {
                throw new IOException("no certificate in " + pem);
            }
            trust.store(out, PASSWORD.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the hub's CA from " + pem + ": " + e.getMessage(), e);
        }
        return List.of("-Djavax.net.ssl.trustStore=" + store, "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }
}
