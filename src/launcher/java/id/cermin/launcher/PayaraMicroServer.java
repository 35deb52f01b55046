package id.cermin.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process serving the Cermin WAR, configured by a post-boot command
 * file from {@code server-config/} and by environment variables, exactly as a real
 * store or hub deployment is. The demo starts two; the HTTP tests start their own.
 */
public final class PayaraMicroServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PayaraMicroServer(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The server's console output: rotated at 10 MB, five files kept. */
    private static final long LOG_BYTES = 10L * 1024 * 1024;
    private static final int LOG_FILES = 5;

    /**
     * What one server needs: jars, the WAR, its configuration folder, its environment and
     * the Java options of its process (heap first).
     */
    public record Spec(String name, Path microJar, Path driverJar, Path war, Path configDir,
                       Path workDir, int port, Map<String, String> environment, List<String> jvmOptions) {

        /** With a 512 MB heap, as the tests' servers run. */
        public Spec(String name, Path microJar, Path driverJar, Path war, Path configDir,
                    Path workDir, int port, Map<String, String> environment) {
            this(name, microJar, driverJar, war, configDir, workDir, port, environment,
                    List.of("-Xms128m", "-Xmx512m"));
        }

        public Path log() {
            return workDir.resolve("server.log");
        }
    }

    public static PayaraMicroServer start(Spec spec) throws IOException {
        Ports.requireFree(spec.port());
        Files.createDirectories(spec.workDir());
        // A fresh Payara root each start, so the WAR deployed is always the one given. Its
        // domain.xml holds the pools' passwords: readable by this account only.
        Path rootDir = spec.workDir().resolve("payara");
        deleteTree(rootDir);
        createPrivateDirectory(rootDir);
        Path log = spec.log();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(spec.jvmOptions());
        command.addAll(List.of("-Duser.timezone=UTC",
                "-jar", spec.microJar().toString(),
                // No data grid (Hazelcast) at all: it would listen on port 6900 and up for a cluster
                // a node never joins. Not with --nocluster, which Payara Micro then obeys instead.
                "--nohazelcast",
                "--port", Integer.toString(spec.port()),
                "--rootdir", rootDir.toString(),
                "--addLibs", spec.driverJar().toString(),
                "--prebootcommandfile", spec.configDir().resolve("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile", spec.configDir().resolve("post-boot-commands.asadmin").toString(),
                "--contextroot", "/",
                "--deploy", spec.war().toString()));
        RotatingLog output = new RotatingLog(log, LOG_BYTES, LOG_FILES);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(spec.environment());
        Process process = builder.start();
        output.follow(process.getInputStream(), spec.name() + "-log");
        return new PayaraMicroServer(spec.name(), spec.port(), process, log);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** The server's process id, e.g. to see which ports it listens on. */
    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /health} answers, or fails with the end of the server log. */
    public void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up" + rootCause() + "\n" + tail());
            }
            if (deploymentFailed()) {
                throw new IllegalStateException(name + " could not deploy Cermin" + rootCause() + "\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy within " + START_TIMEOUT + "; see " + log + "\n" + tail());
    }

    /** Payara Micro keeps running when the application fails to deploy; its log says so. */
    private boolean deploymentFailed() {
        try {
            return Files.exists(log) && Files.readString(log).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** The deepest "Caused by" of the log, the line that usually says what went wrong. */
    private String rootCause() {
        try {
            List<String> causes = Files.readAllLines(log).stream().filter(l -> l.startsWith("Caused by: ")).toList();
            return causes.isEmpty() ? "" : ": " + causes.get(causes.size() - 1).substring("Caused by: ".length());
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Kills the server with SIGKILL, as a power cut would: nothing is shut down cleanly. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks Payara to shut down (SIGTERM), and kills it if it takes too long. On Windows,
     * where a process gets no such signal, it is ended at once, as a power cut would.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A folder only its owner may enter (where the file system knows POSIX permissions). */
    private static void createPrivateDirectory(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String javaExecutable() {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
