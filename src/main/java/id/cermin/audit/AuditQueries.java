package id.cermin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads the trail for the owner: who tried to sign in and failed, lately, on any node. */
@ApplicationScoped
public class AuditQueries {

    /** The action of a failed login's entry (written by the account feature). */
    public static final String FAILED_LOGIN = "LOGIN_FAILED";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** The newest failed logins of the last {@code within}, newest first; the detail is the address. */
    public List<AuditEntry> failedLogins(Duration within, int limit) {
        return em.createNamedQuery("AuditEntry.recentOfAction", AuditEntry.class)
                .setParameter("action", FAILED_LOGIN)
                .setParameter("since", Instant.now().minus(within))
                .setMaxResults(limit)
                .getResultList();
    }
}
