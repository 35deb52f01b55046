package id.cermin.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random partitioned histories, each a list of 1 to 20 {@link Operation}s drawn from one
 * seed, so a seed names its history. Each operation draws a kind (0–7) and a node (0–2)
 * with equal chances: kinds 0–3 are a write on that node (S1, S2 or the hub), 4–5 a sync,
 * 6 a link cut, 7 a link healed, of store {@code node % 2} (S1 twice as often as S2).
 */
final class HistoryGenerator {

    static final int MAX_LENGTH = 20;

    private HistoryGenerator() {
    }

    static List<Operation> history(long seed) {
        Random random = new Random(seed);
        int length = 1 + random.nextInt(MAX_LENGTH);
        List<Operation> history = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            history.add(operation(random.nextInt(8), random.nextInt(3), random.nextLong()));
        }
        return List.copyOf(history);
    }

    private static Operation operation(int kind, int node, long details) {
        int store = node % 2;
        return switch (kind) {
            case 0, 1, 2, 3 -> new Operation.Write(node, details);
            case 4, 5 -> new Operation.Sync(store);
            case 6 -> new Operation.Link(store, true);
            default -> new Operation.Link(store, false);
        };
    }
}
