package id.cermin.account;

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

import java.io.Serializable;
import java.util.Set;

/**
 * Form login kept in the HTTP session, with the caller's roles stored beside the name
 * and handed to the container explicitly on every request. Payara's own "auto apply
 * session" loses the roles now and then when several requests arrive at once (a 403 for
 * a cashier who is allowed), which a store with several tills cannot have.
 * <ul>
 * <li>{@code /login} calls {@code SecurityContext.authenticate} with the credential:
 * checked against the identity store ({@code app_user}, PBKDF2), remembered on success;</li>
 * <li>any later request of that session: the remembered caller is applied;</li>
 * <li>a protected page without login: redirect to {@code /login}, back here afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = "cermin.caller";
    static final String RETURN_TO = "cermin.returnTo";

    /** Who is logged in on a session: name and roles, as the identity store said at login. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

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
            Caller caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession(true).setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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
