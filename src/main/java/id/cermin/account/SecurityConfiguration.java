package id.cermin.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Login with Jakarta Security: users, passwords and roles from {@code app_user}
 * ({@link AppUserIdentityStore}); the mechanism is {@link SessionAuthenticationMechanism},
 * with our own login page ({@code /login}).
 */
@DeclareRoles({"OWNER", "ADMIN", "KASIR"})
@ApplicationScoped
public class SecurityConfiguration {
}
