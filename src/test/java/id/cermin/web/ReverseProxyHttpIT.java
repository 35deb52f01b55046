package id.cermin.web;

import id.cermin.testing.ItServer;
import id.cermin.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's nginx site ({@code server-config/hub/nginx.conf}) in front of a running node, as
 * the operator would use it, with a certificate made for {@code localhost}: over its HTTPS the
 * session cookie is {@code Secure}, HSTS is sent, redirects stay on https, plain http is sent
 * to https, and an address a browser writes into {@code X-Forwarded-For} is replaced by the
 * one nginx saw. Skipped where nginx or openssl is not installed.
 */
class ReverseProxyHttpIT {

    private static Process nginx;
    private static int httpsPort;
    private static int httpPort;
    private static HttpClient client;

    @BeforeAll
    static void nginxInFront() throws Exception {
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        Assumptions.assumeTrue(Files.isExecutable(nginxBinary) && Files.isExecutable(Path.of("/usr/bin/openssl")),
                "nginx and openssl");
        String backend = ItServer.baseUrl().replace("localhost", "127.0.0.1");
        Path prefix = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("nginx").toAbsolutePath();
        TestFiles.deleteTree(prefix);
        Files.createDirectories(prefix.resolve("logs"));
        run("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", prefix.resolve("key.pem").toString(),
                "-out", prefix.resolve("cert.pem").toString());
        httpsPort = freePort();
        httpPort = freePort();
        String site = Files.readString(Path.of(System.getProperty("cermin.serverConfig")).resolve("hub/nginx.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + httpPort + ";")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + httpsPort + " ssl;")
                .replace("kasir.tokobudi.id", "localhost")
                .replace("/etc/letsencrypt/live/localhost/fullchain.pem", prefix.resolve("cert.pem").toString())
                .replace("/etc/letsencrypt/live/localhost/privkey.pem", prefix.resolve("key.pem").toString())
                .replace("http://127.0.0.1:8080", backend)
                .replace("https://$host$request_uri", "https://$host:" + httpsPort + "$request_uri");
        Files.writeString(prefix.resolve("site.conf"), site);
        Files.writeString(prefix.resolve("nginx.conf"), "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("logs/error.log") + ";\nevents {}\nhttp {\n"
                + "    access_log off;\n    client_body_temp_path " + prefix.resolve("body") + ";\n"
                + "    proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                + "    include " + prefix.resolve("site.conf") + ";\n}\n");
        nginx = new ProcessBuilder(nginxBinary.toString(), "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString(), "-g", "daemon off; master_process off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/out.log").toFile()).start();
        awaitListening(httpsPort);
        client = HttpClient.newBuilder().sslContext(trusting(prefix.resolve("cert.pem")))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void overTheProxysHttpsTheCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> page = client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.matches("(?i).*;\\s*secure(;.*)?"), cookie);
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));

        HttpResponse<String> asked = client.send(request("/barang").build(), HttpResponse.BodyHandlers.ofString());
        String location = asked.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/login"), location);
        assertEquals("https", URI.create("https://localhost:" + httpsPort + "/barang").resolve(location).getScheme());
    }

    @Test
    void plainHttpIsSentToHttps() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/kasir")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("https://"));
    }

    @Test
    void anAddressTheBrowserWritesItselfIsNotBelieved() throws Exception {
        HttpResponse<String> page = client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").get(0).split(";")[0];
        String token = id.cermin.testing.WebSession.html(page).selectFirst("input[name=_csrf]").val();
        String name = "lewat-proxy-" + System.nanoTime() % 100000;
        HttpResponse<String> login = client.send(request("/login").header("Cookie", cookie)
                .header("X-Forwarded-For", "203.0.113.99").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&username=" + name + "&password=salah-sekali")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertEquals("127.0.0.1", ItServer.query("SELECT detail FROM audit_log WHERE action = 'LOGIN_FAILED'"
                + " AND username = '" + name + "'"), "the address nginx saw, not the one the browser wrote");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + path));
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
