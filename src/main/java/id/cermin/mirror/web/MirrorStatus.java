package id.cermin.mirror.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The mirror's health as one node sees it, for the dashboard, the Sinkronisasi page and
 * {@code /api/mirror/status}: can the hub be reached, when did a run last succeed, what
 * is still waiting to go out and since when, what is held back and why, whether the two
 * sides are known to differ, and how far this node's clock is from the hub's. When the hub
 * cannot be reached, {@code hubUnreachableSince} is the start of the first failed run in a
 * row; {@code bootstrapCopied} counts the rows a new store has copied so far (-1 when it is
 * not filling itself). On the hub, {@code stores} holds what each store last reported.
 */
public record MirrorStatus(String node, String role, Boolean hubReachable, Instant hubUnreachableSince,
                           long pendingOut, long oldestPendingSeconds, Instant lastRunAt, Instant lastSuccessAt,
                           String lastError, long conflicts, boolean running, long bootstrapCopied, List<Held> held,
                           List<Store> stores, Divergence diverged, Instant comparedAt, Long clockOffsetSeconds) {

    /** How far this node's clock may be from the hub database's before the owner is told. */
    public static final long CLOCK_WARNING_SECONDS = 120;

    /**
     * Data the store and the hub hold differently and the mirror will not settle by itself:
     * since when, in which tables, how many rows. Null when none is known.
     */
    public record Divergence(Instant since, List<String> tables, long rows) {
    }

    /** The hub database's clock is more than two minutes from this node's. */
    public boolean clockOff() {
        return clockOffsetSeconds != null && Math.abs(clockOffsetSeconds) > CLOCK_WARNING_SECONDS;
    }

    /** A change held back on one side, with the first row that failed and why. */
    public record Held(String direction, String table, String rowId, String reason) {

        /** The reason in plain words: a {@code held.*} message key. */
        public String plainReason() {
            return PlainReasons.heldKey(reason);
        }
    }

    /**
     * One registered store as the hub sees it: when it last reached the hub at all, its last
     * run as it reported it, what waits on the hub for it and since when (sent by the store,
     * not yet applied; logged here, not yet taken by the store), what the hub holds of its
     * changes, and the differences its last compare found (as it reported them).
     */
    public record Store(String node, Instant lastContactAt, Instant lastRunAt, Instant lastSuccessAt,
                        String lastError, long toApply, Instant toApplySince, long toPull, Instant toPullSince,
                        long held, String diverged) {

        public Long contactSecondsAgo() {
            return secondsSince(lastContactAt);
        }

        public Long successSecondsAgo() {
            return secondsSince(lastSuccessAt);
        }

        /** The differences as people read them ("product 2, unit 1"); null when none. */
        public String differences() {
            return diverged == null ? null : diverged.replace(":", " ").replace(",", ", ");
        }

        /** How long the oldest change waiting on the hub, either way, has waited; null when none waits. */
        public Long pendingSeconds() {
            Instant oldest = toApplySince == null || toPullSince != null && toPullSince.isBefore(toApplySince)
                    ? toPullSince : toApplySince;
            return secondsSince(oldest);
        }
    }

    public boolean isHub() {
        return "hub".equals(role);
    }

    public Long lastSuccessSecondsAgo() {
        return secondsSince(lastSuccessAt);
    }

    static Long secondsSince(Instant then) {
        return then == null ? null : Math.max(0, Duration.between(then, Instant.now()).getSeconds());
    }
}
