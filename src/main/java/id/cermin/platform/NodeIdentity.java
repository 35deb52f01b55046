package id.cermin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Who this deployment is: its node name (written as the origin of every row it creates),
 * its role (a store at the counter, or the hosted hub) and whether it runs the demo.
 * Read once from the environment that {@code server-config/} also reads.
 */
@ApplicationScoped
@Named("nodeIdentity")
public class NodeIdentity {

    public enum Role { STORE, HUB }

    private final String node;
    private final Role role;
    private final boolean demo;

    public NodeIdentity() {
        this.node = setting("CERMIN_NODE", "S1");
        this.role = "hub".equalsIgnoreCase(setting("CERMIN_ROLE", "store")) ? Role.HUB : Role.STORE;
        this.demo = Boolean.parseBoolean(setting("CERMIN_DEMO", "false"));
        if (!node.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("CERMIN_NODE must be 1-32 letters, digits, '-' or '_': " + node);
        }
    }

    public String node() {
        return node;
    }

    public Role role() {
        return role;
    }

    public String roleName() {
        return role.name().toLowerCase();
    }

    public boolean isDemo() {
        return demo;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
