package id.cermin.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Passwords the launcher makes for the databases it runs: random, written to files only
 * their owner can read (on file systems that know owners), and read back on the next start.
 */
final class Secrets {

    /** The file, in a node's data folder, that holds its database accounts' passwords. */
    static final String FILE = "db-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Secrets() {
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        restrict(file);
    }

    /** Whether {@code file} holds a password under {@code key}. */
    static boolean has(Path file, String key) throws IOException {
        return load(file).containsKey(key);
    }

    /** The password stored under {@code key} in {@code file}, made and stored first if there is none. */
    static String password(Path file, String key) throws IOException {
        Properties all = load(file);
        String password = all.getProperty(key);
        if (password == null) {
            password = randomPassword();
            all.setProperty(key, password);
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                all.store(out, "Cermin: database passwords made by the launcher");
            }
            restrict(file);
        }
        return password;
    }

    private static Properties load(Path file) throws IOException {
        Properties all = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                all.load(in);
            }
        }
        return all;
    }

    static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // On Windows the file stays in the user's own folder; NTFS rights follow it.
        }
    }
}
