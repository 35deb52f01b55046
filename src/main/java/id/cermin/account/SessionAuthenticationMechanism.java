package id.cermin.account;

import id.cermin.platform.NodeSettings;
import id.cermin.web.Views;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Form login kept in the HTTP session: the caller's name is stored there, and the roles
 * are read and handed to the container explicitly on every request. Payara's own "auto apply
 * session" loses the roles now and then when several requests arrive at once (a 403 for
 * a cashier who is allowed), which a store with several tills cannot have.
 * <ul>
 * <li>{@code /login} calls {@code SecurityContext.authenticate} with the credential:
 * checked against the identity store ({@link AppUserIdentityStore}), remembered on success
 * with the time of the login and a fingerprint of the password hash it was made with;</li>
 * <li>any later request of that session: the remembered caller is applied with the roles
 * {@code app_user} gives now, and the user's id is put on the request for the services that
 * record who did something ({@link SignedInUser}). The session ends instead when the user
 * was archived since, when their password changed since (on any node: the change travels
 * with the mirror), or when the login is older than {@code CERMIN_SESSION_MAX_AGE} seconds
 * (16 hours unless set), however busy the session was;</li>
 * <li>a protected page without login: a relative redirect to {@code /login?kembali=} and
 * the page, so the visitor gets no session before the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = "cermin.caller";
    static final String SIGNED_IN_AT = "cermin.signedInAt";
    static final String CREDENTIAL = "cermin.credential";
    static final String RETURN_PARAMETER = "kembali";
    static final String MAX_AGE_SETTING = "CERMIN_SESSION_MAX_AGE";
    private static final long DEFAULT_MAX_AGE_SECONDS = Duration.ofHours(16).toSeconds();
    private static final String CALLER_QUERY =
            "SELECT role, id, password_hash FROM app_user WHERE username = ? AND archived_at IS NULL";

    @Inject
    private IdentityStoreHandler identityStores;

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    private Duration maxAge;

    @PostConstruct
    void readLifetime() {
        long seconds = NodeSettings.fromEnvironment().number(MAX_AGE_SETTING, DEFAULT_MAX_AGE_SECONDS);
        if (seconds < 1) {
            throw new IllegalStateException(MAX_AGE_SETTING + " must be at least 1 (seconds), not " + seconds);
        }
        maxAge = Duration.ofSeconds(seconds);
    }

    /** Who the remembered caller is now: their role, id and password hash, or nothing once archived (or gone). */
    private record Caller(String role, String id, String passwordHash) {
    }

    /**
     * The caller as they are now: an archived user is logged out and a changed role applies
     * on the next request, not at the next login. One indexed lookup per request.
     */
    private Optional<Caller> current(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(CALLER_QUERY)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Caller(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the roles of " + username, e);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The login page answers for itself; nothing is sent from here.
                return AuthenticationStatus.SEND_FAILURE;
            }
            String caller = result.getCallerPrincipal().getName();
            HttpSession session = request.getSession(true);
            session.setAttribute(CALLER, caller);
            session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
            session.setAttribute(CREDENTIAL, current(caller).map(Caller::passwordHash).map(this::fingerprint)
                    .orElse(""));
            return context.notifyContainerAboutLogin(caller, result.getCallerGroups());
        }
        if (request.getServletPath().startsWith("/static/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            Optional<Caller> now = current(caller).filter(c -> stillValid(session, c));
            if (now.isPresent()) {
                SignedInUser.remember(request, now.get().id());
                return context.notifyContainerAboutLogin(caller, Set.of(now.get().role()));
            }
            // Archived (or gone), password changed, or signed in too long ago: the session ends here.
            session.invalidate();
        }
        if (context.isProtected()) {
            String login = request.getContextPath() + "/login";
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String page = request.getRequestURI() + (query == null ? "" : "?" + query);
                login += "?" + RETURN_PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
            }
            Views.redirect(login, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /**
     * After the signed-in user changed their own password: this session goes on with the new
     * one (their other sessions end at their next request).
     */
    public void renewCredential(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            current(caller).ifPresent(c -> session.setAttribute(CREDENTIAL, fingerprint(c.passwordHash())));
        }
    }

    private boolean stillValid(HttpSession session, Caller caller) {
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        boolean young = signedInAt instanceof Long at
                && System.currentTimeMillis() - at <= maxAge.toMillis();
        return young && fingerprint(caller.passwordHash()).equals(session.getAttribute(CREDENTIAL));
    }

    /** What the session keeps of the password hash: enough to see it changed, nothing to check a password with. */
    private String fingerprint(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
