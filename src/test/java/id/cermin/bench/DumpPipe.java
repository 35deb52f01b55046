package id.cermin.bench;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.schema.MirroredTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The yardstick of the bootstrap benchmark: the rows a store may see of the hub copied
 * with MariaDB's own tools, {@code mariadb-dump | mariadb}, into an empty database.
 * One {@code mariadb-dump} per row filter ({@code --where}: none for master data and
 * shared rows, the owner columns naming the store for the rest), all piped into one
 * {@code mariadb}. The dump is the tools' default (table definitions, multi-row inserts,
 * keys disabled while loading, foreign-key checks off), without triggers.
 */
final class DumpPipe {

    private final Path binaries;
    private final Path libraries;

    /** The tools unpacked with the embedded server {@code server}. */
    DumpPipe(EmbeddedMariaDb server) {
        Path base = server.home().resolve("mariadb-base");
        this.binaries = base.resolve("bin");
        this.libraries = base.resolve("libs");
    }

    /** The {@code --where} condition of each group of tables for store {@code node} ("" for all rows). */
    static Map<String, List<MirroredTable>> filters(String node) {
        Map<String, List<MirroredTable>> groups = new LinkedHashMap<>();
        for (MirroredTable table : MirroredTable.values()) {
            String where = table.readerColumns().stream().map(c -> c + " = '" + node + "'")
                    .collect(Collectors.joining(" OR "));
            groups.computeIfAbsent(where, w -> new ArrayList<>()).add(table);
        }
        return groups;
    }

    /** Copies the rows {@code node} may see from {@code fromDb} on {@code fromPort} into the empty {@code toDb}. */
    void copy(int fromPort, String fromDb, String node, int toPort, String toDb) throws IOException,
            InterruptedException {
        List<String> dumps = new ArrayList<>();
        for (Map.Entry<String, List<MirroredTable>> group : filters(node).entrySet()) {
            List<String> command = new ArrayList<>(List.of(binaries.resolve("mariadb-dump").toString(),
                    "--host=127.0.0.1", "--port=" + fromPort, "--user=" + EmbeddedMariaDb.APP_USER, "--skip-ssl",
                    "--single-transaction", "--skip-triggers", "--no-tablespaces", "--default-character-set=utf8mb4"));
            if (!group.getKey().isEmpty()) {
                command.add("--where=" + group.getKey());
            }
            command.add(fromDb);
            group.getValue().forEach(t -> command.add(t.sqlName()));
            dumps.add(shell(command));
        }
        String load = shell(List.of(binaries.resolve("mariadb").toString(), "--host=127.0.0.1", "--port=" + toPort,
                "--user=" + EmbeddedMariaDb.APP_USER, "--skip-ssl", "--default-character-set=utf8mb4", toDb));
        String script = "set -o pipefail; { " + String.join(" && ", dumps) + "; } | " + load;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
        builder.environment().put("MYSQL_PWD", EmbeddedMariaDb.APP_PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IOException("mariadb-dump | mariadb failed: " + output);
        }
    }

    private static String shell(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }
}
