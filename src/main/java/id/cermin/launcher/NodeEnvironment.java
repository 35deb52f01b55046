package id.cermin.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables read by {@code server-config/*} and by the application,
 * built for a node whose databases run on this machine. Production sets the same
 * variables by hand (see README).
 */
public final class NodeEnvironment {

    private NodeEnvironment() {
    }

    public static Map<String, String> hub(String node, int dbPort, String dbName, boolean demo) {
        Map<String, String> env = common("hub", node, demo);
        env.putAll(database("CERMIN_DB_", dbPort, dbName));
        return env;
    }

    public static Map<String, String> store(String node, int dbPort, String dbName,
                                            int hubDbPort, String hubDbName, boolean demo) {
        Map<String, String> env = common("store", node, demo);
        env.putAll(database("CERMIN_DB_", dbPort, dbName));
        env.putAll(database("CERMIN_HUB_DB_", hubDbPort, hubDbName));
        return env;
    }

    private static Map<String, String> common(String role, String node, boolean demo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CERMIN_ROLE", role);
        env.put("CERMIN_NODE", node);
        env.put("CERMIN_DEMO", Boolean.toString(demo));
        return env;
    }

    private static Map<String, String> database(String prefix, int port, String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(prefix + "HOST", "127.0.0.1");
        env.put(prefix + "PORT", Integer.toString(port));
        env.put(prefix + "NAME", name);
        env.put(prefix + "USER", EmbeddedMariaDb.APP_USER);
        env.put(prefix + "PASSWORD", EmbeddedMariaDb.APP_PASSWORD);
        env.put(prefix + "SSLMODE", "DISABLED");
        return env;
    }
}
