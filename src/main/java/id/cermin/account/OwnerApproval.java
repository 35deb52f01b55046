package id.cermin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Optional;

/**
 * The owner's approval at a counter (persetujuan pemilik): for what a cashier may not do
 * alone, such as a bon over the customer's limit or a discount over the cashier's limit,
 * an active owner types their username and password on the cashier's screen. The password
 * is checked like a login's; the caller records in the audit log who approved what.
 */
@ApplicationScoped
public class OwnerApproval {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    /** The approving owner, when these are an active owner's username and password. */
    public Optional<AppUser> approve(String username, String password) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()
                || password.length() > 128) {
            return Optional.empty();
        }
        return em.createNamedQuery("AppUser.byUsername", AppUser.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .filter(user -> user.getRole() == Role.OWNER && !user.isArchived())
                .filter(user -> hasher.matches(password, user.passwordHash()));
    }
}
