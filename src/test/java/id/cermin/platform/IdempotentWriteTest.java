package id.cermin.platform;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotentWriteTest {

    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void aWriteThatSucceedsIsDoneOnce() {
        assertEquals("sale", IdempotentWrite.run(() -> write("sale", 0), Optional::empty));
        assertEquals(1, writes.get());
    }

    @Test
    void aFailedWriteWhoseKeyMadeSomethingAnswersWithThat() {
        assertEquals("the other tab's sale", IdempotentWrite.run(() -> write("mine", 1),
                () -> Optional.of("the other tab's sale")));
        assertEquals(1, writes.get());
    }

    @Test
    void aFailedWriteWhoseKeyMadeNothingIsTriedAgain() {
        assertEquals("sale", IdempotentWrite.run(() -> write("sale", 2), Optional::empty));
        assertEquals(3, writes.get());
    }

    @Test
    void afterThreeFailuresTheLastOneIsThrown() {
        EJBException thrown = assertThrows(EJBException.class,
                () -> IdempotentWrite.run(() -> write("sale", 5), Optional::empty));
        assertEquals("deadlock 3", thrown.getMessage());
        assertEquals(3, writes.get());
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> IdempotentWrite.run(() -> {
            writes.incrementAndGet();
            throw refused;
        }, () -> Optional.of("never asked"))));
        assertEquals(1, writes.get());
    }

    /** A write that fails with a database error its first {@code failures} times. */
    private String write(String result, int failures) {
        int attempt = writes.incrementAndGet();
        if (attempt <= failures) {
            throw new EJBException("deadlock " + attempt);
        }
        return result;
    }
}
