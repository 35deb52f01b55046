package id.cermin.platform;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void idsAreVersion7UuidsOrderedByTime() throws InterruptedException {
        String first = Ids.newId();
        Thread.sleep(2);
        String second = Ids.newId();
        assertEquals(7, UUID.fromString(first).version());
        assertEquals(2, UUID.fromString(first).variant());
        assertTrue(first.compareTo(second) < 0, first + " then " + second);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Ids.newId()));
        }
    }

    @Test
    void hybridClockNeverGoesBackAndPassesRemoteVersions() {
        long a = HybridClock.next();
        long b = HybridClock.next();
        assertTrue(b > a);
        long far = b + (10_000L << 16);
        HybridClock.observe(far);
        assertTrue(HybridClock.next() > far);
    }
}
