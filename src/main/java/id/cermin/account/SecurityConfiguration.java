package id.cermin.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Login with Jakarta Security: users and roles from {@code app_user}, passwords checked
 * against PBKDF2 hashes; archived users cannot log in. The mechanism is
 * {@link SessionAuthenticationMechanism}, with our own login page ({@code /login}).
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/cermin",
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND archived_at IS NULL",
        groupsQuery = SecurityConfiguration.ROLES_QUERY,
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHasher.ALGORITHM_PARAMETER,
                PasswordHasher.ITERATIONS_PARAMETER,
                PasswordHasher.SALT_PARAMETER,
                PasswordHasher.KEY_PARAMETER})
@DeclareRoles({"OWNER", "ADMIN", "KASIR"})
@ApplicationScoped
public class SecurityConfiguration {

    /** A user's roles: one, or none once archived. */
    static final String ROLES_QUERY = "SELECT role FROM app_user WHERE username = ? AND archived_at IS NULL";
}
