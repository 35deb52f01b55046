package id.cermin.account;

import id.cermin.audit.AuditQueries;
import id.cermin.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Slows down password guessing, per account and per address ({@link ThrottleCounter}), with
 * the counts in the database: they hold across restarts and across the hub's many threads.
 * An attempt first takes the locks of its two counters and counts itself as failed, so that
 * of many attempts at once only as many are checked as the counters allow; an attempt that
 * must wait is refused before its password is checked (no PBKDF2 work for it). Every checked
 * attempt, failed or not, goes into the audit trail with the address it came from.
 */
@Stateless
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    /** A login that may go ahead ({@code secondsToWait} 0) or must wait. */
    public record Attempt(String username, String address, long secondsToWait) {

        public boolean allowed() {
            return secondsToWait == 0;
        }
    }

    private enum Scope { USER, ADDRESS }

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public Attempt begin(String username, String address) {
        Instant now = Instant.now();
        ThrottleCounter user = lock(Scope.USER, username).at(now);
        ThrottleCounter from = lock(Scope.ADDRESS, address).at(now);
        long wait = Math.max(user.secondsToWait(now), from.secondsToWait(now));
        if (wait > 0) {
            return new Attempt(username, address, wait);
        }
        ThrottleCounter userAfter = user.failedAt(now);
        ThrottleCounter fromAfter = from.failedAt(now);
        save(Scope.USER, username, userAfter);
        save(Scope.ADDRESS, address, fromAfter);
        if (userAfter.failures() == ThrottleCounter.FREE_FAILURES + 1
                || fromAfter.failures() == ThrottleCounter.FREE_FAILURES + 1) {
            LOG.warning(() -> "Logins slowed down after " + (ThrottleCounter.FREE_FAILURES + 1)
                    + " failures: user '" + username + "' (" + userAfter.failures() + "), address " + address
                    + " (" + fromAfter.failures() + ")");
        }
        return new Attempt(username, address, 0);
    }

    /** The password was right: the account starts afresh, the address has one failure fewer. */
    public void succeeded(Attempt attempt) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE scope = ? AND subject = ?")
                .setParameter(1, Scope.USER.name()).setParameter(2, attempt.username()).executeUpdate();
        save(Scope.ADDRESS, attempt.address(), lock(Scope.ADDRESS, attempt.address()).takeBackOne());
        audit.recordAs(attempt.username(), "LOGIN", "app_user", userId(attempt.username()), attempt.address());
    }

    public void failed(Attempt attempt) {
        audit.recordAs(attempt.username(), AuditQueries.FAILED_LOGIN, "app_user", userId(attempt.username()),
                attempt.address());
    }

    private ThrottleCounter lock(Scope scope, String subject) {
        em.createNativeQuery("INSERT INTO login_throttle (scope, subject, failures) VALUES (?, ?, 0)"
                        + " ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, scope.name()).setParameter(2, subject).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT failures, last_failure_at, blocked_until"
                        + " FROM login_throttle WHERE scope = ? AND subject = ? FOR UPDATE")
                .setParameter(1, scope.name()).setParameter(2, subject).getSingleResult();
        return new ThrottleCounter(((Number) row[0]).intValue(), instant(row[1]), instant(row[2]));
    }

    private void save(Scope scope, String subject, ThrottleCounter counter) {
        em.createNativeQuery("UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?"
                        + " WHERE scope = ? AND subject = ?")
                .setParameter(1, counter.failures())
                .setParameter(2, utc(counter.lastFailureAt()))
                .setParameter(3, utc(counter.blockedUntil()))
                .setParameter(4, scope.name()).setParameter(5, subject)
                .executeUpdate();
    }

    private String userId(String username) {
        List<?> ids = em.createNativeQuery("SELECT id FROM app_user WHERE username = ?")
                .setParameter(1, username).getResultList();
        return ids.isEmpty() ? null : (String) ids.get(0);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Timestamp time ? time.toLocalDateTime().toInstant(ZoneOffset.UTC) : null;
    }
}
