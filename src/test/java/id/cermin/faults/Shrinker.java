package id.cermin.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing history smaller while it still fails, by delta debugging: remove the
 * first half, then the second; when neither fails, remove smaller chunks, down to one
 * element at a time. The result still fails and fails no more when any single element
 * is removed from it.
 */
final class Shrinker {

    private Shrinker() {
    }

    /** {@code fails} must hold for {@code failing}; it is asked again for each smaller candidate. */
    static <T> List<T> shrink(List<T> failing, Predicate<List<T>> fails) {
        List<T> current = List.copyOf(failing);
        int chunks = 2;
        while (!current.isEmpty()) {
            int n = Math.min(chunks, current.size());
            List<T> smaller = withoutOneChunkThatStillFails(current, n, fails);
            if (smaller != null) {
                current = smaller;
                chunks = Math.max(n - 1, 2);
            } else if (n < current.size()) {
                chunks = Math.min(2 * n, current.size());
            } else {
                break;
            }
        }
        return current;
    }

    /** {@code list} cut into {@code n} chunks; the first list without one of them that still fails, or null. */
    private static <T> List<T> withoutOneChunkThatStillFails(List<T> list, int n, Predicate<List<T>> fails) {
        for (int i = 0; i < n; i++) {
            int from = i * list.size() / n;
            int to = (i + 1) * list.size() / n;
            List<T> rest = new ArrayList<>(list.subList(0, from));
            rest.addAll(list.subList(to, list.size()));
            if (fails.test(rest)) {
                return List.copyOf(rest);
            }
        }
        return null;
    }
}
