package id.cermin.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A server's console output in a file rotated by size, so a store that runs for months
 * never fills its disk: {@code server.log}, then {@code server.log.1} up to
 * {@code .(kept-1)}, the oldest dropped. Each start begins a new file and keeps the last
 * start's as {@code .1}.
 */
final class RotatingLog {

    private final Path file;
    private final long maxBytes;
    private final int keptFiles;
    private OutputStream out;
    private long written;

    RotatingLog(Path file, long maxBytes, int keptFiles) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keptFiles = keptFiles;
        rotate();
        out = Files.newOutputStream(file);
    }

    /**
     * Copies a process's output into the log line by line until the process ends. Bytes
     * pass unchanged (ISO-8859-1 both ways), whatever the server's encoding. The output
     * is always drained, even when the disk refuses it, so the server never blocks.
     */
    void follow(InputStream output, String threadName) {
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.ISO_8859_1))) {
                boolean writable = true;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (writable) {
                        writable = write((line + System.lineSeparator()).getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            } finally {
                close();
            }
        }, threadName);
        copier.setDaemon(true);
        copier.start();
    }

    synchronized boolean write(byte[] line) {
        try {
            if (written > 0 && written + line.length > maxBytes) {
                out.close();
                rotate();
                out = Files.newOutputStream(file);
                written = 0;
            }
            out.write(line);
            out.flush();
            written += line.length;
            return true;
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }

    private synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            // nothing left to keep
        }
    }

    private void rotate() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        Files.deleteIfExists(numbered(keptFiles - 1));
        for (int i = keptFiles - 2; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
