package id.cermin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RotatingLogTest {

    @TempDir
    Path dir;

    @Test
    void aLongRunKeepsAFewFilesOfBoundedSizeWithTheNewestLinesInTheCurrentOne() throws Exception {
        Path file = dir.resolve("server.log");
        RotatingLog log = new RotatingLog(file, 1000, 3);
        for (int i = 0; i < 200; i++) {
            log.write(("line " + i + " of the server's output\n").getBytes(StandardCharsets.ISO_8859_1));
        }

        assertEquals(List.of("server.log", "server.log.1", "server.log.2"), files());
        for (String name : files()) {
            assertTrue(Files.size(dir.resolve(name)) <= 1000, name + " stays under the limit");
        }
        assertTrue(Files.readString(file).endsWith("line 199 of the server's output\n"));
        assertTrue(Files.readString(dir.resolve("server.log.1")).contains("line 1"), "the run before is kept");
    }

    @Test
    void eachStartBeginsANewFileAndKeepsTheLastStartsAndTheBytesAsTheyCame() throws Exception {
        Path file = dir.resolve("server.log");
        Files.writeString(file, "the last start\n");
        byte[] output = "Mulai \u00e9\r\nsiap\n".getBytes(StandardCharsets.UTF_8);

        new RotatingLog(file, 10_000, 5).follow(new ByteArrayInputStream(output), "test-log");

        Path previous = dir.resolve("server.log.1");
        assertEquals("the last start\n", Files.readString(previous));
        long deadline = System.nanoTime() + 5_000_000_000L;
        String expected = "Mulai \u00e9" + System.lineSeparator() + "siap" + System.lineSeparator();
        while (!expected.equals(Files.readString(file, StandardCharsets.UTF_8)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
