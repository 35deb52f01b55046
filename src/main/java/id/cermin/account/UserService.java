package id.cermin.account;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.FirstOwnerMade;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner's user management and the first-start owner account; one use case per transaction. */
@Stateless
public class UserService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<FirstOwnerMade> firstOwnerMade;

    public boolean hasUsers() {
        return em.createNamedQuery("AppUser.count", Long.class).getSingleResult() > 0;
    }

    public List<AppUser> all() {
        return em.createNamedQuery("AppUser.all", AppUser.class).getResultList();
    }

    public Optional<AppUser> find(String id) {
        return Optional.ofNullable(Ids.canBe(id) ? em.find(AppUser.class, id) : null);
    }

    public Optional<AppUser> byUsername(String username) {
        return em.createNamedQuery("AppUser.byUsername", AppUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /**
     * Creates the owner on a node that has no user at all (and what a first install needs);
     * refused once anyone exists. The check and the insert hold the set-up row's lock
     * ({@code node_setup}): of two forms sent at once, the second waits for the first and
     * then finds its owner.
     */
    public AppUser createFirstOwner(UserForm form) {
        Map<String, String> errors = form.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String passwordHash = hasher.hash(form.password());
        em.createNativeQuery("SELECT id FROM node_setup WHERE id = 1 FOR UPDATE").getSingleResult();
        if (hasUsers()) {
            throw InvalidInputException.of("form", "error.setupDone");
        }
        AppUser owner = new AppUser(form.username(), form.fullName(), Role.OWNER, passwordHash);
        owner.stamp(identity.node());
        em.persist(owner);
        em.createNativeQuery("UPDATE node_setup SET owner_created_at = UTC_TIMESTAMP(6) WHERE id = 1").executeUpdate();
        audit.record("CREATE", "app_user", owner.getId(), "pemilik pertama " + owner.getUsername());
        firstOwnerMade.fire(new FirstOwnerMade(owner.getUsername()));
        return owner;
    }

    public AppUser save(UserForm form) {
        Map<String, String> errors = form.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<AppUser> sameName = byUsername(form.username());
        AppUser user;
        if (form.isNew()) {
            if (sameName.isPresent()) {
                throw InvalidInputException.of("username", "error.usernameTaken");
            }
            user = new AppUser(form.username(), form.fullName(), Role.valueOf(form.role()), hasher.hash(form.password()));
        } else {
            user = Ids.canBe(form.id()) ? em.find(AppUser.class, form.id(), LockModeType.PESSIMISTIC_WRITE) : null;
            if (user == null) {
                throw InvalidInputException.of("form", "error.notFound");
            }
            if (sameName.isPresent() && !sameName.get().getId().equals(user.getId())) {
                throw InvalidInputException.of("username", "error.usernameTaken");
            }
            if (!user.getUsername().equals(form.username())) {
                throw InvalidInputException.of("username", "error.usernameFixed");
            }
            if (user.getRole() == Role.OWNER && !"OWNER".equals(form.role()) && isLastOwner(user)) {
                throw InvalidInputException.of("role", "error.lastOwner");
            }
            user.setFullName(form.fullName());
            user.setRole(Role.valueOf(form.role()));
            if (!form.password().isEmpty()) {
                user.setPasswordHash(hasher.hash(form.password()));
            }
        }
        user.stamp(identity.node());
        if (form.isNew()) {
            em.persist(user);
        }
        audit.record(form.isNew() ? "CREATE" : "UPDATE", "app_user", user.getId(),
                user.getUsername() + " role " + user.getRole());
        return user;
    }

    /** Archives a user; the last owner and the user doing it are refused. */
    public AppUser archive(String id, String byUsername) {
        AppUser user = find(id).orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        if (user.getUsername().equals(byUsername)) {
            throw InvalidInputException.of("form", "error.archiveSelf");
        }
        if (user.getRole() == Role.OWNER && isLastOwner(user)) {
            throw InvalidInputException.of("form", "error.lastOwner");
        }
        user.archive();
        user.stamp(identity.node());
        audit.record("ARCHIVE", "app_user", user.getId(), user.getUsername());
        return user;
    }

    public AppUser restore(String id) {
        AppUser user = find(id).orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        user.restore();
        user.stamp(identity.node());
        audit.record("RESTORE", "app_user", user.getId(), user.getUsername());
        return user;
    }

    private boolean isLastOwner(AppUser user) {
        return !user.isArchived()
                && em.createNamedQuery("AppUser.countActiveOwners", Long.class).getSingleResult() <= 1;
    }
}
