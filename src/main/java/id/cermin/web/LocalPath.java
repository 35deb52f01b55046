package id.cermin.web;

import java.util.Optional;

/**
 * A path on this site ({@code /sinkronisasi}, {@code /barang?q=semen}) that a page may send
 * the browser back to, never another host ({@code //evil.example}, {@code /\evil.example})
 * nor anything with control characters.
 */
public final class LocalPath {

    private LocalPath() {
    }

    public static Optional<String> of(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.length() > 2000 || path.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F || ch == '\\')) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
