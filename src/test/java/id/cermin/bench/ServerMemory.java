package id.cermin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident memory (RSS, Linux {@code /proc}) of the Payara Micro process this JVM
 * started, sampled every 200 ms while a load runs; and whether its log mentions a word.
 */
final class ServerMemory {

    private final ProcessHandle server;
    private final AtomicLong peakKilobytes = new AtomicLong();

    private ServerMemory(ProcessHandle server) {
        this.server = server;
    }

    static ServerMemory ofPayaraStartedHere() {
        return new ServerMemory(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Payara Micro started by this JVM")));
    }

    long residentMegabytes() {
        return residentKilobytes() / 1024;
    }

    long peakMegabytes() {
        return peakKilobytes.get() / 1024;
    }

    void resetPeak() {
        peakKilobytes.set(residentKilobytes());
    }

    <T> T sampledDuring(Callable<T> load) throws Exception {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakKilobytes.accumulateAndGet(residentKilobytes(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            return load.call();
        } finally {
            sampler.interrupt();
        }
    }

    boolean logSays(String word) throws IOException {
        Path log = Path.of(System.getProperty("cermin.workDir", "target/it"), "http-store", "server.log");
        return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(word);
    }

    private long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // the server has ended
        }
        return 0;
    }
}
