package id.cermin.launcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A node's database to a plain SQL file and back, with MariaDB's own tools
 * ({@code mariadb-dump} and {@code mariadb}): a consistent copy taken while the store
 * sells, restorable by the owner with the same tools or with {@code cermin restore}.
 * <ul>
 * <li>Accounts named in the database's triggers and procedures ({@code DEFINER}) are
 * left out, so the file loads on any server, into any account that may create them.</li>
 * <li>The file's last statement gives the loaded database a new history of its own
 * (incarnation): the mirror then knows it went back in time and gets back, from the
 * hub, everything made after the backup, before it trusts its own numbers again.</li>
 * </ul>
 */
public final class Backup {

    /** What the last statement of every backup does: see the class comment. */
    public static final String NEW_HISTORY = "UPDATE mirror_node SET incarnation = UUID(),"
            + " restored_at = UTC_TIMESTAMP(6) WHERE id = 1;";
    private static final Pattern DEFINER = Pattern.compile(
            "(/\\*!50017 )?DEFINER=(`[^`]*`|'[^']*'|[^ @]*)@(`[^`]*`|'[^']*'|[^ *]*)( ?\\*/)?\\s?");

    private final Path binaries;
    private final Map<String, String> environment;

    /**
     * @param binaries    the folder holding {@code mariadb-dump} and {@code mariadb} (an
     *                    embedded server's {@code bin}), or null to take them from the PATH
     * @param environment extra environment for them (the embedded server's library path)
     */
    public Backup(Path binaries, Map<String, String> environment) {
        this.binaries = binaries;
        this.environment = environment;
    }

    /** The tools of an embedded server whose files live under {@code home}. */
    public static Backup ofEmbedded(Path home) {
        Path base = home.resolve("mariadb-base");
        return new Backup(base.resolve("bin"), Map.of("LD_LIBRARY_PATH", base.resolve("libs").toString()));
    }

    /** Writes a consistent copy of {@code db} to {@code file}. */
    public void dump(Database db, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        List<String> command = new ArrayList<>(List.of(tool("mariadb-dump"), "--host=" + db.host(),
                "--port=" + db.port(), "--user=" + db.user(), "--single-transaction", "--routines", "--triggers",
                "--default-character-set=utf8mb4", "--skip-ssl", db.name()));
        Process process = start(command, db.password());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(partial)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(DEFINER.matcher(line).replaceAll(""));
                out.newLine();
            }
            out.write("-- Cermin: a database loaded from this backup starts a new history of its own.");
            out.newLine();
            out.write(NEW_HISTORY);
            out.newLine();
        }
        finish(process, "mariadb-dump");
        // Password hashes and every sale are in it: readable by its owner only.
        Secrets.restrict(partial);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Loads {@code file} into {@code db}, which must exist and be empty. */
    public void restore(Database db, Path file) throws IOException {
        Process process = start(List.of(tool("mariadb"), "--host=" + db.host(), "--port=" + db.port(),
                "--user=" + db.user(), "--default-character-set=utf8mb4", "--skip-ssl", db.name()), db.password());
        try (OutputStream in = process.getOutputStream()) {
            Files.copy(file, in);
        } catch (IOException stopped) {
            // The tool stopped reading (an error in the file or a missing right): say what it said.
            finish(process, "mariadb");
            throw stopped;
        }
        finish(process, "mariadb");
    }

    private Process start(List<String> command, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        // The password goes in the environment, not the command line anyone can list.
        builder.environment().put("MYSQL_PWD", password);
        return builder.start();
    }

    private static void finish(Process process, String tool) throws IOException {
        try {
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(tool + " failed: " + (errors.isEmpty() ? "exit " + process.exitValue() : errors));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(tool + " interrupted", e);
        }
    }

    private String tool(String name) {
        if (binaries == null) {
            return name;
        }
        String windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? ".exe" : "";
        return binaries.resolve(name + windows).toString();
    }
}
