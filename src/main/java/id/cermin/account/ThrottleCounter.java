package id.cermin.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins of one account or one address, and what they cost the next attempt:
 * four are free, the fifth within fifteen minutes makes the next attempt wait 2 seconds,
 * each further one doubles the wait, up to 10 minutes. Failures are forgotten after fifteen
 * quiet minutes (longer than the longest wait, so waiting never wipes the slate).
 */
record ThrottleCounter(int failures, Instant lastFailureAt, Instant blockedUntil) {

    static final int FREE_FAILURES = 4;
    static final Duration QUIET = Duration.ofMinutes(15);
    static final long MAX_WAIT_SECONDS = 600;

    static final ThrottleCounter NONE = new ThrottleCounter(0, null, null);

    /** As it stands at {@code now}: nothing once quiet for long enough. */
    ThrottleCounter at(Instant now) {
        return lastFailureAt == null || lastFailureAt.plus(QUIET).isBefore(now) ? NONE : this;
    }

    /** Whole seconds until the next attempt may be checked; 0 when it may be now. */
    long secondsToWait(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, blockedUntil).toMillis() + 999) / 1000);
    }

    /** One more failure at {@code now}. */
    ThrottleCounter failedAt(Instant now) {
        int count = failures + 1;
        return new ThrottleCounter(count, now, count > FREE_FAILURES ? now.plusSeconds(waitAfter(count)) : null);
    }

    /** An attempt counted as failed turned out right: it is taken back. */
    ThrottleCounter takeBackOne() {
        int count = Math.max(0, failures - 1);
        return new ThrottleCounter(count, lastFailureAt, count > FREE_FAILURES ? blockedUntil : null);
    }

    static long waitAfter(int failures) {
        int doublings = Math.min(30, failures - FREE_FAILURES);
        return Math.min(MAX_WAIT_SECONDS, 1L << doublings);
    }
}
