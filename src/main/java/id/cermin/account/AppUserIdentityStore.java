package id.cermin.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password against {@code app_user}: active users only, PBKDF2
 * ({@link PasswordHasher}), one role each. A username that does not exist (or is archived)
 * costs a full password check too, so an unknown name is not answered faster than a known
 * one with a wrong password.
 */
@ApplicationScoped
public class AppUserIdentityStore implements IdentityStore {

    private static final String USER_QUERY =
            "SELECT password_hash, role FROM app_user WHERE username = ? AND archived_at IS NULL";

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private PasswordHasher hasher;

    private record StoredUser(String passwordHash, String role) {
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        Optional<StoredUser> user = find(username);
        if (user.isEmpty()) {
            hasher.checkUnknown(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(username, Set.of(user.get().role()));
    }

    /** The user's hash and role; the connection goes back to the pool before the slow check. */
    private Optional<StoredUser> find(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(USER_QUERY)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredUser(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the user " + username, e);
        }
    }
}
