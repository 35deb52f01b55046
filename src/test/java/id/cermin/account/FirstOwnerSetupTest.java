package id.cermin.account;

import id.cermin.platform.NodeSettings;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set-up code: given by the operator, or made anew; typed with any case, spaces or dashes. */
class FirstOwnerSetupTest {

    @Test
    void aCodeGivenInTheEnvironmentIsTheCode() {
        NodeSettings settings = new NodeSettings(Map.of("CERMIN_SETUP_CODE", "toko-Maju-2026")::get, name -> null);
        String code = FirstOwnerSetup.code(settings, new SecureRandom());
        assertEquals("toko-Maju-2026", code);
        assertTrue(FirstOwnerSetup.sameCode(code, "TOKO MAJU 2026"));
        assertFalse(FirstOwnerSetup.sameCode(code, "toko-maju-2025"));
        assertFalse(FirstOwnerSetup.sameCode(code, null));
    }

    @Test
    void aWeakCodeInTheEnvironmentStopsTheStart() {
        NodeSettings settings = new NodeSettings(Map.of("CERMIN_SETUP_CODE", "1234")::get, name -> null);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FirstOwnerSetup.code(settings, new SecureRandom()));
        assertTrue(e.getMessage().startsWith("CERMIN_SETUP_CODE must be"), e.getMessage());
    }

    @Test
    void withoutOneEachStartMakesAnUnguessableCode() {
        NodeSettings none = new NodeSettings(name -> null, name -> null);
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = FirstOwnerSetup.code(none, random);
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
    }
}
