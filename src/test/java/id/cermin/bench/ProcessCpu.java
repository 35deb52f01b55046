package id.cermin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds (user + system) a process has used so far, from Linux {@code /proc/<pid>/stat},
 * for the MariaDB server listening on a port or for this JVM.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}; 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    private ProcessCpu(long pid) {
        this.pid = pid;
    }

    static ProcessCpu ofMariaDbOnPort(int port) {
        return new ProcessCpu(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> (c.contains("mariadbd") || c.contains("mysqld"))
                        && c.contains("--port=" + port)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no MariaDB server on port " + port))
                .pid());
    }

    static ProcessCpu ofThisJvm() {
        return new ProcessCpu(ProcessHandle.current().pid());
    }

    double seconds() {
        return ticks(11) / TICKS_PER_SECOND;
    }

    /** CPU seconds of the process's children that have ended and been waited for (e.g. a shell pipeline). */
    double childSeconds() {
        return ticks(13) / TICKS_PER_SECOND;
    }

    /** Field {@code at} plus the next (user and system) of the fields after the command name. */
    private long ticks(int at) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[at]) + Long.parseLong(fields[at + 1]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CPU time of process " + pid, e);
        }
    }

    /** The 1-minute load average of the machine, as {@code uptime} shows it. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
