package id.cermin.account;

import id.cermin.platform.NodeIdentity;
import id.cermin.platform.NodeSettings;
import id.cermin.platform.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Who may create the first owner of a node that has no user ({@code /setup}): only someone
 * who holds the set-up code, which is given in {@code CERMIN_SETUP_CODE} or made at start and
 * printed in the server log (read by whoever runs the server, not by whoever reaches the page
 * first). A store mirrored with a hub (it has {@code jdbc/cermin-hub}) never sets up users of
 * its own: they come from the hub, where the owner manages them.
 */
@ApplicationScoped
public class FirstOwnerSetup {

    static final String CODE_SETTING = "CERMIN_SETUP_CODE";
    private static final Logger LOG = Logger.getLogger(FirstOwnerSetup.class.getName());
    /** No 0/O, 1/I/L: a code read off a screen and typed in. Twelve of these are 59 bits. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final Pattern GIVEN_CODE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Inject
    private NodeIdentity identity;

    @Inject
    private UserService users;

    private String code;
    private boolean codeWasGiven;
    private boolean usersComeFromHub;

    @PostConstruct
    void prepare() {
        NodeSettings settings = NodeSettings.fromEnvironment();
        codeWasGiven = settings.text(CODE_SETTING).isPresent();
        code = code(settings, new SecureRandom());
        usersComeFromHub = identity.role() == NodeIdentity.Role.STORE && hubDataSourceExists();
    }

    /** At start: a node without users says how to set it up. */
    void announce(@Observes SchemaReady ready) {
        if (usersComeFromHub || identity.isDemo() || users.hasUsers()) {
            return;
        }
        LOG.warning(() -> "This node has no user yet. Open /setup to create the owner account, with the set-up code "
                + (codeWasGiven ? "given in " + CODE_SETTING : code));
    }

    public boolean usersComeFromHub() {
        return usersComeFromHub;
    }

    /** Whether {@code given} is the set-up code; case, spaces and dashes do not matter. */
    public boolean accepts(String given) {
        return !usersComeFromHub && sameCode(code, given);
    }

    /** The code given in the settings (8-64 letters, digits or '-'), else a new one of twelve characters. */
    static String code(NodeSettings settings, SecureRandom random) {
        if (settings.text(CODE_SETTING).isPresent()) {
            return settings.text(CODE_SETTING, "", GIVEN_CODE, "8-64 letters, digits or '-'");
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static boolean sameCode(String code, String given) {
        return given != null && MessageDigest.isEqual(normal(code).getBytes(StandardCharsets.UTF_8),
                normal(given).getBytes(StandardCharsets.UTF_8));
    }

    private static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean hubDataSourceExists() {
        try {
            return new InitialContext().lookup("jdbc/cermin-hub") != null;
        } catch (NamingException e) {
            return false;
        }
    }
}
