package id.cermin.launcher;

import id.cermin.testing.WebSession;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static id.cermin.testing.TestFiles.deleteTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a new user's first command does: the launcher jar, started with {@code java -jar}
 * as {@code ./cermin demo} and {@code cermin.cmd demo} start it (no shell, no class path
 * of the build), from an empty data folder, brings up both
 * nodes with their demo accounts, and stops everything on Ctrl-C (SIGTERM). Repeated
 * {@code cermin.faults.freshStarts} times (once in {@code mvn verify}, ten times in
 * {@code -Pfaults}); every start must work.
 */
class FreshStartTrialsIT {

    private static final int STARTS = Integer.getInteger("cermin.faults.freshStarts", 1);
    private static final int STORE_PORT = Integer.getInteger("cermin.it.demoStorePort", 8190);
    private static final int HUB_PORT = STORE_PORT + 1;
    private static final int STORE_DB_PORT = Integer.getInteger("cermin.it.demoDbPort", 3420);
    private static final int HUB_DB_PORT = STORE_DB_PORT + 1;
    private static final Duration START_LIMIT = Duration.ofMinutes(6);

    @Test
    void theDemoStartsFromAnEmptyDataFolderEveryTime() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int i = 1; i <= STARTS; i++) {
            Path data = Path.of(System.getProperty("cermin.workDir", "target/it")).toAbsolutePath()
                    .resolve("fresh-start-" + i);
            deleteTree(data);
            String failure = startOnce(data);
            System.out.printf("Fresh start %d of %d: %s%n", i, STARTS, failure == null ? "both nodes healthy" : failure);
            if (failure != null) {
                failures.add("start " + i + ": " + failure);
            }
        }
        assertEquals(List.of(), failures, "every fresh start brings both nodes up");
    }

    @Test
    void aStartThatFailsSaysWhatInOneLineStopsEverythingAndExitsNonZero() throws Exception {
        Path data = Path.of(System.getProperty("cermin.workDir", "target/it")).toAbsolutePath().resolve("failed-start");
        deleteTree(data);
        // Something else already holds the hub database's port.
        try (java.net.ServerSocket taken = new java.net.ServerSocket(HUB_DB_PORT, 50,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Process launcher = launch(data);
            List<String> output = new ArrayList<>();
            CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> readUntilRunning(launcher, output));
            boolean exited = launcher.waitFor(5, TimeUnit.MINUTES);
            if (!exited) {
                launcher.destroyForcibly();
            }
            assertTrue(exited, "the launcher gave up");
            // Waiting for the reader also means everything the launcher printed has been read.
            assertTrue(!running.get(), "it never said it was running");
            assertEquals(1, launcher.exitValue());
            List<String> failed = output.stream().filter(l -> l.contains(" failed: ")).toList();
            assertEquals(1, failed.size(), String.join("\n", output));
            assertTrue(failed.get(0).startsWith("Cermin demo: starting the databases"), failed.get(0));
        }
        assertTrue(nothingListensOn(STORE_PORT, HUB_PORT, STORE_DB_PORT, HUB_DB_PORT),
                "the launcher stopped everything it started");
    }

    /** One start; null when both nodes came up with their accounts and everything stopped again. */
    private String startOnce(Path data) throws Exception {
        Process launcher = launch(data);
        List<String> output = new ArrayList<>();
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> readUntilRunning(launcher, output));
        try {
            Boolean up = running.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!up) {
                return "launcher ended before both nodes ran: " + String.join(" | ", output);
            }
            List<String> libraryWarnings = output.stream().filter(line -> line.contains("SLF4J")).toList();
            if (!libraryWarnings.isEmpty()) {
                return "the launcher showed library warnings: " + String.join(" | ", libraryWarnings);
            }
            for (int port : new int[] {STORE_PORT, HUB_PORT}) {
                int status = health(port);
                if (status != 200) {
                    return "node on " + port + " answers /health with " + status;
                }
                WebSession.loggedIn("http://localhost:" + port, "admin", "admin123");
            }
            String status = status();
            String expected = "0 Cermin is running: store S1 at http://localhost:" + STORE_PORT + "/ (UP), hub HUB at"
                    + " http://localhost:" + HUB_PORT + "/ (UP)";
            if (!status.equals(expected)) {
                return "status said \"" + status + "\"";
            }
            String backup = launcherCommand(data, "backup");
            if (!backup.startsWith("0 Cermin: backup written to ")) {
                return "backup said \"" + backup + "\"";
            }
            return null;
        } catch (java.util.concurrent.TimeoutException e) {
            return "not running after " + START_LIMIT + ": " + String.join(" | ", output);
        } finally {
            launcher.destroy();
            boolean exited = launcher.waitFor(2, TimeUnit.MINUTES);
            if (!exited) {
                launcher.destroyForcibly();
                fail("the launcher did not stop within 2 minutes of Ctrl-C");
            }
            assertTrue(nothingListensOn(STORE_PORT, HUB_PORT, STORE_DB_PORT, HUB_DB_PORT),
                    "the launcher stopped everything it started");
            assertTrue(status().startsWith("3 Cermin is not running here"), "status after the stop");
        }
    }

    /** {@code java -jar target/cermin-launcher.jar status}: its exit code, a space, its one line. */
    private static String status() throws Exception {
        return launcherCommand(null, "status");
    }

    /** A launcher command run as a person runs it ({@code java -jar}), with its exit value and output. */
    private static String launcherCommand(Path data, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "cermin-launcher.jar").toAbsolutePath().toString(), command)
                .redirectErrorStream(true);
        builder.environment().put("CERMIN_STORE_PORT", Integer.toString(STORE_PORT));
        builder.environment().put("CERMIN_HUB_PORT", Integer.toString(HUB_PORT));
        builder.environment().put("CERMIN_STORE_DB_PORT", Integer.toString(STORE_DB_PORT));
        builder.environment().put("CERMIN_HUB_DB_PORT", Integer.toString(HUB_DB_PORT));
        if (data != null) {
            builder.environment().put("CERMIN_DATA", data.toString());
        }
        Process status = builder.start();
        String said = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(status.waitFor(1, TimeUnit.MINUTES), "status answers within a minute");
        return status.exitValue() + " " + said;
    }

    /** Exactly what README tells a user on any system: {@code java -jar target/cermin-launcher.jar demo}. */
    private static Process launch(Path data) throws IOException {
        Path jar = Path.of("target", "cermin-launcher.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the launcher jar is built: " + jar);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "demo")
                .redirectErrorStream(true);
        builder.environment().put("CERMIN_DATA", data.toString());
        builder.environment().put("CERMIN_STORE_PORT", Integer.toString(STORE_PORT));
        builder.environment().put("CERMIN_HUB_PORT", Integer.toString(HUB_PORT));
        builder.environment().put("CERMIN_STORE_DB_PORT", Integer.toString(STORE_DB_PORT));
        builder.environment().put("CERMIN_HUB_DB_PORT", Integer.toString(HUB_DB_PORT));
        return builder.start();
    }

    private static boolean readUntilRunning(Process launcher, List<String> output) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith("Cermin is running")) {
                    // Keep draining so the launcher never blocks on a full pipe.
                    Thread drain = new Thread(() -> {
                        try {
                            launcher.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                        } catch (IOException ignored) {
                            // the launcher ended
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int health(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean nothingListensOn(int... ports) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            boolean any = false;
            for (int port : ports) {
                try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                    any = true;
                } catch (IOException closed) {
                    // nobody there
                }
            }
            if (!any) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
