package id.cermin.launcher;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While Cermin runs: a backup of each embedded database once a day, the last
 * {@link BackupMode#KEEP} kept in {@code data/backups/}. The first is taken a minute after
 * start when there is none of that day yet; then every hour it looks again.
 */
final class DailyBackups implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cermin-daily-backup");
        thread.setDaemon(true);
        return thread;
    });

    DailyBackups(BackupMode backups, List<String> nodes) {
        timer.scheduleWithFixedDelay(() -> {
            for (String node : nodes) {
                try {
                    backups.daily(node);
                } catch (IOException | RuntimeException e) {
                    System.err.println("Cermin: daily backup of " + node + " failed: " + e.getMessage());
                }
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
