package id.cermin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who this deployment is: its node name (written as the origin of every row it creates),
 * its role (a store at the counter, or the hosted hub) and whether it runs the demo.
 * Read once from the environment that {@code server-config/} also reads ({@link NodeSettings}).
 */
@ApplicationScoped
@Named("nodeIdentity")
public class NodeIdentity {

    public enum Role { STORE, HUB }

    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String node;
    private final Role role;
    private final boolean demo;

    public NodeIdentity() {
        NodeSettings settings = NodeSettings.fromEnvironment();
        this.node = settings.text("CERMIN_NODE", "S1", NODE_NAME, "1-32 letters, digits, '-' or '_'");
        this.role = Role.valueOf(settings.choice("CERMIN_ROLE", "store", List.of("store", "hub")).toUpperCase());
        this.demo = settings.flag("CERMIN_DEMO", false);
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
}
