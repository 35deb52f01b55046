package id.cermin.account;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Form login kept in the HTTP session: the caller's name is stored there, and the roles
 * are read and handed to the container explicitly on every request. Payara's own "auto apply
 * session" loses the roles now and then when several requests arrive at once (a 403 for
 * a cashier who is allowed), which a store with several tills cannot have.
 * <ul>
 * <li>{@code /login} calls {@code SecurityContext.authenticate} with the credential:
 * checked against the identity store ({@code app_user}, PBKDF2), remembered on success;</li>
 * <li>any later request of that session: the remembered caller is applied with the roles
 * {@code app_user} gives now (none, when archived since: logged out), and the user's id is
 * put on the request for the services that record who did something ({@link SignedInUser});</li>
 * <li>a protected page without login: redirect to {@code /login}, back here afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = "cermin.caller";
    static final String RETURN_TO = "cermin.returnTo";
    private static final String CALLER_QUERY = "SELECT role, id FROM app_user WHERE username = ? AND archived_at IS NULL";

    @Inject
    private IdentityStoreHandler identityStores;

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    /** Who the remembered caller is now: their role and id, or nothing once archived (or gone). */
    private record Caller(String role, String id) {
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
                return rs.next() ? Optional.of(new Caller(rs.getString(1), rs.getString(2))) : Optional.empty();
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
            request.getSession(true).setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller, result.getCallerGroups());
        }
        if (request.getServletPath().startsWith("/static/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            Optional<Caller> now = current(caller);
            if (now.isPresent()) {
                SignedInUser.remember(request, now.get().id());
                return context.notifyContainerAboutLogin(caller, Set.of(now.get().role()));
            }
            // Archived (or gone) since login: the session ends here.
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login");
        }
        return context.doNothing();
    }
}
