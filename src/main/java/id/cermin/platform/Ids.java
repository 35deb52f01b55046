package id.cermin.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): made by the application so that a store and
 * the hub create rows without asking each other, and ordered by time so that InnoDB
 * appends to its primary-key index instead of splitting pages.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * Whether {@code text} could be the id of a row at all: ASCII, at most 36 characters. Any
     * other text (a typed {@code é}, 10 kB) names no row, and is not asked of the database,
     * whose id columns are ASCII and refuse to be compared with other letters.
     */
    public static boolean canBe(String text) {
        return text != null && text.length() <= 36 && text.chars().allMatch(ch -> ch < 0x80);
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
