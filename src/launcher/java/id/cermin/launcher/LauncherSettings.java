package id.cermin.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting the launcher reads, in one place: an environment variable, or a line of
 * the same name in {@code cermin.properties} in the Cermin folder (the environment wins).
 * The demo reads the environment only, so a store PC's file never moves the demo's ports.
 * README lists every key.
 */
public final class LauncherSettings {

    /** The file a store PC keeps its settings in, beside {@code cermin} and {@code cermin.cmd}. */
    public static final String FILE_NAME = "cermin.properties";

    private final Path home;
    private final Map<String, String> file;
    private final Map<String, String> environment;

    LauncherSettings(Path home, Map<String, String> file, Map<String, String> environment) {
        this.home = home;
        this.file = file;
        this.environment = environment;
    }

    /** The environment and the settings file. */
    public static LauncherSettings load() {
        Path home = locateHome();
        return new LauncherSettings(home, readFile(home.resolve(FILE_NAME)), System.getenv());
    }

    /** The environment only. */
    public static LauncherSettings environmentOnly() {
        return new LauncherSettings(locateHome(), Map.of(), System.getenv());
    }

    /**
     * The Cermin folder: {@code -Dcermin.home}, or the folder above the launcher's jar
     * ({@code target/cermin-launcher.jar}) or classes.
     */
    static Path locateHome() {
        String given = System.getProperty("cermin.home");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(LauncherSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().getParent().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the launcher is: " + e.getMessage(), e);
        }
    }

    public Path home() {
        return home;
    }

    /** Where the embedded databases and the servers' files are kept. */
    public Path data() {
        return text("CERMIN_DATA").map(Path::of).orElse(home.resolve("data")).toAbsolutePath().normalize();
    }

    public int storePort() {
        return port("CERMIN_STORE_PORT", 8080);
    }

    public int hubPort() {
        return port("CERMIN_HUB_PORT", 8081);
    }

    public int storeDbPort() {
        return port("CERMIN_STORE_DB_PORT", 3316);
    }

    /** The demo's embedded hub database, and in store mode the hub database's port. */
    public int hubDbPort(int fallback) {
        return port("CERMIN_HUB_DB_PORT", fallback);
    }

    public String node() {
        return text("CERMIN_NODE").orElse("S1");
    }

    /** The store's own MySQL/MariaDB when it is not the embedded one. */
    public Optional<Database> externalDatabase() {
        return text("CERMIN_DB_HOST").map(host -> new Database(host, port("CERMIN_DB_PORT", 3306),
                text("CERMIN_DB_NAME").orElse("cermin"), text("CERMIN_DB_USER").orElse("cermin"),
                text("CERMIN_DB_PASSWORD").orElse(""), text("CERMIN_DB_SSLMODE").orElse("PREFERRED")));
    }

    /** The hub's database, which a store's mirror reaches over the internet. */
    public Database hubDatabase() {
        return new Database(required("CERMIN_HUB_DB_HOST"), hubDbPort(3306),
                text("CERMIN_HUB_DB_NAME").orElse("cermin"), required("CERMIN_HUB_DB_USER"),
                text("CERMIN_HUB_DB_PASSWORD").orElse(""), text("CERMIN_HUB_DB_SSLMODE").orElse("VERIFY_IDENTITY"));
    }

    /** The CA of the hub database's certificate (a PEM file), when it is not a public one. */
    public Optional<Path> hubCa() {
        return text("CERMIN_HUB_DB_CA").map(Path::of);
    }

    /** Seconds between mirror runs, when set; the application has its own default. */
    public Optional<String> syncInterval() {
        return text("CERMIN_SYNC_INTERVAL");
    }

    /** The Java heap of each node the launcher starts ({@code -Xmx}). */
    public String heap() {
        String heap = text("CERMIN_HEAP").orElse("384m");
        if (!heap.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("CERMIN_HEAP must be a size such as 384m or 1g: " + heap);
        }
        return heap;
    }

    /** Further Java options for the nodes, separated by spaces (e.g. for measurements). */
    public List<String> javaOptions() {
        return text("CERMIN_JAVA_OPTIONS").map(value -> Arrays.stream(value.trim().split("\\s+")).toList())
                .orElse(List.of());
    }

    private Optional<String> text(String key) {
        String value = environment.get(key);
        if (value == null || value.isBlank()) {
            value = file.get(key);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private String required(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException(
                key + " is not set (environment variable or line in " + home.resolve(FILE_NAME) + ")"));
    }

    private int port(String key, int fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.get());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(key + " must be a port number (1-65535): " + value.get());
    }

    /**
     * {@code KEY=value} lines; blank lines and lines starting with {@code #} are skipped.
     * Read as written, without {@link java.util.Properties}' escapes, so a Windows path
     * or a password with a backslash means what it says.
     */
    static Map<String, String> readFile(Path path) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(path)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 1) {
                    continue;
                }
                values.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return values;
    }
}
