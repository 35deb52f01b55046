package id.cermin.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables read by {@code server-config/*} and by the application,
 * built for one node. A store started by hand sets the same variables (see README).
 */
public final class NodeEnvironment {

    private NodeEnvironment() {
    }

    public static Map<String, String> hub(String node, int dbPort, String dbName, boolean demo) {
        Map<String, String> env = common("hub", node, demo);
        env.putAll(database("CERMIN_DB_", Database.embedded(dbPort, dbName)));
        return env;
    }

    /** A store whose own and hub databases are embedded ones on this machine. */
    public static Map<String, String> store(String node, int dbPort, String dbName,
                                            int hubDbPort, String hubDbName, boolean demo) {
        return store(node, Database.embedded(dbPort, dbName), Database.embedded(hubDbPort, hubDbName), demo);
    }

    public static Map<String, String> store(String node, Database own, Database hub, boolean demo) {
        Map<String, String> env = common("store", node, demo);
        env.putAll(database("CERMIN_DB_", own));
        env.putAll(database("CERMIN_HUB_DB_", hub));
        return env;
    }

    private static Map<String, String> common(String role, String node, boolean demo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CERMIN_ROLE", role);
        env.put("CERMIN_NODE", node);
        env.put("CERMIN_DEMO", Boolean.toString(demo));
        return env;
    }

    private static Map<String, String> database(String prefix, Database database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(prefix + "HOST", database.host());
        env.put(prefix + "PORT", Integer.toString(database.port()));
        env.put(prefix + "NAME", database.name());
        env.put(prefix + "USER", database.user());
        env.put(prefix + "PASSWORD", database.password());
        env.put(prefix + "SSLMODE", database.sslMode());
        return env;
    }
}
