package id.cermin.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Four failures are free; then each attempt waits, twice as long each time, ten minutes at most. */
class ThrottleCounterTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void theFifthFailureMakesTheNextAttemptWaitAndEachFurtherOneDoubles() {
        ThrottleCounter counter = ThrottleCounter.NONE;
        for (int i = 1; i <= 4; i++) {
            counter = counter.failedAt(T.plusSeconds(i));
            assertEquals(0, counter.secondsToWait(T.plusSeconds(i)), "failure " + i + " is free");
        }
        counter = counter.failedAt(T.plusSeconds(5));
        assertEquals(2, counter.secondsToWait(T.plusSeconds(5)));
        assertEquals(0, counter.secondsToWait(T.plusSeconds(7)));
        counter = counter.failedAt(T.plusSeconds(7));
        assertEquals(4, counter.secondsToWait(T.plusSeconds(7)));
        assertEquals(600, ThrottleCounter.waitAfter(14));
        assertEquals(600, ThrottleCounter.waitAfter(40), "ten minutes at most");
    }

    @Test
    void fifteenQuietMinutesForgetTheFailuresButTheLongestWaitDoesNot() {
        ThrottleCounter counter = ThrottleCounter.NONE;
        for (int i = 0; i < 20; i++) {
            counter = counter.failedAt(T);
        }
        Instant afterTheWait = T.plusSeconds(ThrottleCounter.MAX_WAIT_SECONDS);
        assertEquals(20, counter.at(afterTheWait).failures(), "still remembered after the longest wait");
        assertEquals(0, counter.at(T.plus(ThrottleCounter.QUIET).plusSeconds(1)).failures());
    }

    @Test
    void aSuccessTakesBackItsOwnFailureOnly() {
        ThrottleCounter counter = ThrottleCounter.NONE.failedAt(T).failedAt(T).failedAt(T).failedAt(T).failedAt(T);
        ThrottleCounter after = counter.takeBackOne();
        assertEquals(4, after.failures());
        assertEquals(0, after.secondsToWait(T), "below the limit again: no wait");
        assertEquals(0, ThrottleCounter.NONE.takeBackOne().failures());
    }
}
