package id.cermin.platform;

import jakarta.ejb.EJBException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A write that a key makes once (a cart, a stock-in form), tried again when the database
 * gave up on it: a lock wait, a deadlock, or the same form sent twice at once (the second
 * insert meets the first one's key). Such a write rolled back completely, so its key is
 * looked up first: what the key already made is the answer; otherwise the write is tried
 * again, {@value #ATTEMPTS} times at most. A refused request is no failure of the
 * database and is never tried again.
 */
public final class IdempotentWrite {

    static final int ATTEMPTS = 3;

    private IdempotentWrite() {
    }

    /** Runs the write in a transaction of its own each time; {@code madeByKey} reads in one of its own too. */
    public static <T> T run(Supplier<T> write, Supplier<Optional<T>> madeByKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (EJBException e) {
                Optional<T> done = madeByKey.get();
                if (done.isPresent()) {
                    return done.get();
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
