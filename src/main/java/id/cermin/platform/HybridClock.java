package id.cermin.platform;

/**
 * A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low
 * 16 bits. Every write of master data takes a version from it, so versions grow on each
 * node even if its clock is set back, and a version seen from another node (see
 * {@link #observe}) is never overtaken by an older local one.
 */
public final class HybridClock {

    private static final int COUNTER_BITS = 16;
    private static long last;

    private HybridClock() {
    }

    public static synchronized long next() {
        long physical = System.currentTimeMillis() << COUNTER_BITS;
        last = Math.max(physical, last + 1);
        return last;
    }

    /** Moves the clock past a version received from another node. */
    public static synchronized void observe(long remoteVersion) {
        last = Math.max(last, remoteVersion);
    }
}
