package id.cermin.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps what a run mode started (databases, servers) and stops it in reverse order:
 * on Ctrl-C, on a service stop, and on a failed start. A failed start is told in one line
 * (what was being done, why it failed, which log says more) and ends with exit code 1.
 */
final class Supervisor {

    /** One run mode's start-up: starts its parts through {@link #started} and returns. */
    interface Start {
        void run(Supervisor supervisor) throws Exception;
    }

    private final String name;
    private final Path data;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private boolean stopping;
    private volatile String step = "start";
    private volatile Path stepLog;

    Supervisor(String name, Path data) {
        this.name = name;
        this.data = data;
    }

    /** Starts, then keeps running until the process is asked to stop. */
    void runUntilStopped(Start start) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopHook = new Thread(() -> {
            say("\n" + name + ": stopping...");
            closeAll();
            say(name + ": stopped. Data kept in " + data);
            stopped.countDown();
        }, "cermin-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        try {
            start.run(this);
        } catch (Exception | Error e) {
            if (isStopping()) {
                return; // asked to stop during start-up: the stop hook says so and ends the process
            }
            System.err.println(name + ": " + step + " failed: " + firstLine(e)
                    + (stepLog == null ? "" : " (log: " + stepLog + ")"));
            closeAll();
            Runtime.getRuntime().removeShutdownHook(stopHook);
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What is being done now, and the log that tells more, for a failure's one line. */
    void step(String what, Path log) {
        this.step = what;
        this.stepLog = log;
    }

    /** A line for the person at the keyboard (or the service's log), with this mode's name. */
    void tell(String format, Object... args) {
        say(name + ": " + String.format(format, args));
    }

    /** Keeps a started part to stop later; one started after the stop began is stopped at once. */
    <T extends AutoCloseable> T started(T resource) {
        synchronized (running) {
            if (!stopping) {
                running.push(resource);
                return resource;
            }
        }
        close(resource);
        throw new IllegalStateException("stopped during start-up");
    }

    private boolean isStopping() {
        synchronized (running) {
            return stopping;
        }
    }

    private void closeAll() {
        synchronized (running) {
            stopping = true;
            while (!running.isEmpty()) {
                close(running.pop());
            }
        }
    }

    private void close(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println(name + ": " + e.getMessage());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static String firstLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
