package id.cermin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherSettingsTest {

    @TempDir
    Path home;

    @Test
    void theFileIsReadAsWrittenAndTheEnvironmentWins() throws Exception {
        Files.writeString(home.resolve(LauncherSettings.FILE_NAME), """
                # a comment = not a setting
                CERMIN_NODE = S2
                CERMIN_DATA=D:\\cermin\\data
                CERMIN_HUB_DB_HOST=db.example.id
                CERMIN_HUB_DB_USER=store_s2
                CERMIN_HUB_DB_PASSWORD=a\\b=c
                CERMIN_STORE_PORT=9090
                """);
        Map<String, String> file = LauncherSettings.readFile(home.resolve(LauncherSettings.FILE_NAME));
        LauncherSettings settings = new LauncherSettings(home, file, Map.of("CERMIN_STORE_PORT", "9191"));

        assertEquals("S2", settings.node());
        assertEquals("D:\\cermin\\data", file.get("CERMIN_DATA"));
        assertEquals(9191, settings.storePort());
        Database hub = settings.hubDatabase();
        assertEquals(new Database("db.example.id", 3306, "cermin", "store_s2", "a\\b=c", "VERIFY_IDENTITY"), hub);
        assertTrue(settings.externalDatabase().isEmpty(), "embedded unless CERMIN_DB_HOST is set");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        LauncherSettings settings = new LauncherSettings(home, Map.of(), Map.of());
        assertEquals(8080, settings.storePort());
        assertEquals(8081, settings.hubPort());
        assertEquals(3316, settings.storeDbPort());
        assertEquals(3317, settings.hubDbPort(3317));
        assertEquals("S1", settings.node());
        assertEquals("384m", settings.heap());
        assertEquals(home.resolve("data"), settings.data());
        assertEquals(List.of(), settings.javaOptions());
    }

    @Test
    void aMissingHubOrABadValueIsSaidByName() {
        LauncherSettings none = new LauncherSettings(home, Map.of(), Map.of());
        assertTrue(assertThrows(IllegalArgumentException.class, none::hubDatabase).getMessage()
                .startsWith("CERMIN_HUB_DB_HOST is not set"));
        LauncherSettings bad = new LauncherSettings(home, Map.of("CERMIN_STORE_PORT", "80a", "CERMIN_HEAP", "lots"),
                Map.of());
        assertTrue(assertThrows(IllegalArgumentException.class, bad::storePort).getMessage()
                .startsWith("CERMIN_STORE_PORT must be a port number"));
        assertThrows(IllegalArgumentException.class, bad::heap);
    }
}
