package id.cermin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rights of a node's two database accounts exactly as {@code server-config/database-accounts.sql}
 * grants them, so that the test servers run with what the operator is told to make: the
 * schema's account migrates, the server's own reads and writes rows.
 */
public final class DatabaseAccounts {

    private DatabaseAccounts() {
    }

    /** The schema account's rights on {@code database}, for {@code EmbeddedMariaDb.account}. */
    public static String schemaRights(String database) {
        return grantOf("cermin_schema") + " ON " + database + ".*";
    }

    /** The server account's rights on {@code database}. */
    public static String rowRights(String database) {
        return grantOf("cermin") + " ON " + database + ".*";
    }

    private static String grantOf(String account) {
        Path file = Path.of(System.getProperty("cermin.serverConfig", "server-config")).resolve("database-accounts.sql");
        try {
            Matcher grant = Pattern.compile("GRANT ([A-Z ,]+) ON cermin\\.\\* TO '" + account + "'@")
                    .matcher(Files.readString(file));
            if (!grant.find()) {
                throw new IllegalStateException(file + " grants nothing to " + account);
            }
            return grant.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
