package id.cermin.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded databases' accounts have exactly the rights the operator's script grants. */
class NodeAccountsTest {

    @Test
    void theLauncherGrantsWhatTheOperatorsScriptGrants() throws Exception {
        String script = Files.readString(Path.of("server-config", "database-accounts.sql"));
        assertEquals(grantOf(script, "cermin_schema"), NodeAccounts.SCHEMA_RIGHTS);
        assertEquals(grantOf(script, "cermin"), NodeAccounts.ROW_RIGHTS);
        assertTrue(!NodeAccounts.ROW_RIGHTS.contains("CREATE") && !NodeAccounts.ROW_RIGHTS.contains("TRIGGER"),
                "the running server cannot change the schema");
    }

    private static String grantOf(String script, String account) {
        Matcher grant = Pattern.compile("GRANT ([A-Z ,]+) ON cermin\\.\\* TO '" + account + "'@").matcher(script);
        assertTrue(grant.find(), "the script grants something to " + account);
        return grant.group(1);
    }
}
