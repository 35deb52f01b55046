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

    public static Map<String, String> hub(String node, Database own, boolean demo) {
        return hub(node, own, demo, null);
    }

    /** @param schema the account that migrates the schema at start, or null when {@code own} does */
    public static Map<String, String> hub(String node, Database own, boolean demo, Database schema) {
        Map<String, String> env = common("hub", node, demo);
        env.putAll(database("CERMIN_DB_", own));
        env.putAll(migration(schema));
        return env;
    }

    /** @param hub the hub's database, reached with this store's own account there */
    public static Map<String, String> store(String node, Database own, Database hub, boolean demo) {
        return store(node, own, hub, demo, null);
    }

    /**
     * @param hub    the hub's database, reached with this store's own account there
     * @param schema the account that migrates the schema at start, or null when {@code own} does
     */
    public static Map<String, String> store(String node, Database own, Database hub, boolean demo, Database schema) {
        Map<String, String> env = common("store", node, demo);
        env.putAll(database("CERMIN_DB_", own));
        env.putAll(database("CERMIN_HUB_DB_", hub));
        env.putAll(migration(schema));
        return env;
    }

    private static Map<String, String> migration(Database schema) {
        if (schema == null) {
            return Map.of();
        }
        return Map.of("CERMIN_MIGRATION_DB_USER", schema.user(), "CERMIN_MIGRATION_DB_PASSWORD", schema.password());
    }

    private static Map<String, String> common(String role, String node, boolean demo) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CERMIN_ROLE", role);
        env.put("CERMIN_NODE", node);
        env.put("CERMIN_DEMO", Boolean.toString(demo));
        return env;
    }

    private static Map<String, String> database(String prefix, Database db) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(prefix + "HOST", db.host());
        env.put(prefix + "PORT", Integer.toString(db.port()));
        env.put(prefix + "NAME", db.name());
        env.put(prefix + "USER", db.user());
        env.put(prefix + "PASSWORD", db.password());
        env.put(prefix + "SSLMODE", db.sslMode());
        return env;
    }
}
