package id.cermin.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was done anywhere during a trial, kept by the test: every sale with its number of
 * lines, and every price edit with the version it was made from. The invariants compare
 * the databases with it.
 */
final class History {

    /** A price edit on {@code node}: the row's version before it (what that node had seen) and after. */
    record Edit(String productId, String node, long base, long version, long price) {
    }

    final Map<String, Integer> saleLines = new ConcurrentHashMap<>();
    final Map<String, String> saleOrigin = new ConcurrentHashMap<>();
    final Map<String, Boolean> voided = new ConcurrentHashMap<>();
    final List<Edit> edits = java.util.Collections.synchronizedList(new ArrayList<>());

    void sale(String id, String node, int lines) {
        saleLines.put(id, lines);
        saleOrigin.put(id, node);
    }

    /**
     * Products edited on two nodes where neither edit had seen the other (each was made
     * from a version older than the other): each must have left a conflict record.
     */
    List<String> concurrentlyEdited() {
        List<String> products = new ArrayList<>();
        synchronized (edits) {
            for (Edit a : edits) {
                for (Edit b : edits) {
                    if (a.productId().equals(b.productId()) && !a.node().equals(b.node())
                            && a.base() < b.version() && b.base() < a.version() && a.price() != b.price()
                            && !products.contains(a.productId())) {
                        products.add(a.productId());
                    }
                }
            }
        }
        return products;
    }
}
