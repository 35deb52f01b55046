package id.cermin.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeSettingsTest {

    private static NodeSettings settings(Map<String, String> environment, Map<String, String> properties) {
        return new NodeSettings(environment::get, properties::get);
    }

    @Test
    void theEnvironmentComesFirstThenSystemPropertiesAndBlankIsUnset() {
        NodeSettings settings = settings(Map.of("A", " from-env ", "B", "  "), Map.of("A", "prop", "B", "prop-b"));
        assertEquals(Optional.of("from-env"), settings.text("A"));
        assertEquals("prop-b", settings.text("B", "fallback"), "blank in the environment: the property");
        assertEquals("fallback", settings.text("C", "fallback"));
    }

    @Test
    void typedGettersReadTheirValuesOrTheFallback() {
        NodeSettings settings = settings(Map.of("N", "15", "F", "TRUE", "R", "Hub"), Map.of());
        assertEquals(15, settings.number("N", 60));
        assertEquals(60, settings.number("UNSET", 60));
        assertTrue(settings.flag("F", false));
        assertFalse(settings.flag("UNSET", false));
        assertEquals("hub", settings.choice("R", "store", List.of("store", "hub")));
        assertEquals("S1", settings.text("UNSET", "S1", Pattern.compile("[A-Z0-9]+"), "letters"));
    }

    @Test
    void aWrongValueIsRefusedWithTheSettingsNameAndWhatItMustBe() {
        NodeSettings settings = settings(Map.of("CERMIN_SYNC_INTERVAL", "15s", "CERMIN_DEMO", "yes",
                "CERMIN_ROLE", "hbu", "CERMIN_NODE", "S 1"), Map.of());
        assertEquals("CERMIN_SYNC_INTERVAL must be a whole number, not \"15s\"",
                assertThrows(IllegalStateException.class, () -> settings.number("CERMIN_SYNC_INTERVAL", 60))
                        .getMessage());
        assertEquals("CERMIN_DEMO must be one of true, false, not \"yes\"",
                assertThrows(IllegalStateException.class, () -> settings.flag("CERMIN_DEMO", false)).getMessage());
        assertEquals("CERMIN_ROLE must be one of store, hub, not \"hbu\"", assertThrows(IllegalStateException.class,
                () -> settings.choice("CERMIN_ROLE", "store", List.of("store", "hub"))).getMessage());
        assertEquals("CERMIN_NODE must be 1-32 letters, digits, '-' or '_', not \"S 1\"",
                assertThrows(IllegalStateException.class, () -> settings.text("CERMIN_NODE", "S1",
                        Pattern.compile("[A-Za-z0-9_-]{1,32}"), "1-32 letters, digits, '-' or '_'")).getMessage());
    }
}
