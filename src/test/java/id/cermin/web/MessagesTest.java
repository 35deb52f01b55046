package id.cermin.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Both languages say everything: a text in one bundle only would show as ???key??? in the other. */
class MessagesTest {

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> indonesian = keys("messages_id.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        assertEquals(Set.of(), onlyIndonesian, "keys without English");
        assertEquals(Set.of(), onlyEnglish, "keys without Indonesian");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
