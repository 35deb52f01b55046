package id.cermin.platform;

import java.util.function.LongSupplier;

/**
 * A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low
 * 16 bits. Every write of master data takes a version from it, so versions grow on each
 * node even if its clock is set back, and a version seen from another node (see
 * {@link #observe}) is never overtaken by an older local one.
 * <p>
 * The wall clock is this machine's corrected by the offset to the hub's clock that the
 * mirror measures ({@link #useOffset}), so a store PC whose clock is wrong still stamps
 * its edits with the hub's time; versions from further ahead than {@link #MAX_AHEAD} are
 * never taken in, so one wrong clock cannot push every node's clock into the future.
 */
public final class HybridClock {

    /** How far ahead of this clock a version seen from elsewhere may be. */
    public static final long MAX_AHEAD_MILLIS = 5 * 60 * 1000L;

    private static final int COUNTER_BITS = 16;
    private static long last;
    private static long offsetMillis;
    private static LongSupplier wall = System::currentTimeMillis;

    private HybridClock() {
    }

    public static synchronized long next() {
        last = Math.max(versionAt(nowMillis()), last + 1);
        return last;
    }

    /** Moves the clock past a version received from another node, unless it is from the far future. */
    public static synchronized void observe(long remoteVersion) {
        if (remoteVersion <= versionAt(nowMillis() + MAX_AHEAD_MILLIS)) {
            last = Math.max(last, remoteVersion);
        }
    }

    /**
     * Takes the wall clock as this machine's plus {@code millis} (the hub's clock minus
     * ours). If the clock had run ahead of the corrected time by more than
     * {@link #MAX_AHEAD_MILLIS} (the machine's clock was wrong), it goes back to it.
     */
    public static synchronized void useOffset(long millis) {
        offsetMillis = millis;
        long corrected = versionAt(nowMillis());
        if (last > corrected + versionAt(MAX_AHEAD_MILLIS)) {
            last = corrected;
        }
    }

    /** The corrected wall clock, in milliseconds since the epoch. */
    public static synchronized long nowMillis() {
        return wall.getAsLong() + offsetMillis;
    }

    /** This machine's own clock, uncorrected (what the mirror compares with the hub's). */
    public static synchronized long wallMillis() {
        return wall.getAsLong();
    }

    /**
     * Reads the machine's time from {@code clock} instead of the system clock: the fault
     * trials run a store whose clock is days off on a machine whose clock is right.
     */
    public static synchronized void useWallClock(LongSupplier clock) {
        wall = clock;
    }

    /** The first version of the given millisecond. */
    public static long versionAt(long millis) {
        return millis << COUNTER_BITS;
    }
}
