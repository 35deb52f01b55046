package id.cermin.bench;

import id.cermin.testing.WebSession;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The counter at a shop's pace: the demo cashier, logged in through the form, sells 1-5
 * lines a sale as the counter page posts its cart ({@code POST /kasir/bayar} with the form
 * token), then opens the receipt as the browser does. Between sales 1-3 s at random; now
 * and then a burst of 3-5 sales in quick succession (a queue at the till), so that sales
 * share a mirror run.
 */
final class PacedCounter {

    /** One completed sale: its id, how long the checkout took, and when its response came back. */
    record Sold(String saleId, long checkoutNanos, long committedNanos) {
    }

    interface Listener {
        void sold(Sold sale) throws Exception;
    }

    private final WebSession session;
    private final List<String> products;
    private final Random random;
    private int burstLeft;

    PacedCounter(String baseUrl, List<String> products, Random random) {
        this.session = WebSession.loggedIn(baseUrl, "kasir", "kasir123");
        session.get("/kasir");
        this.products = products;
        this.random = random;
    }

    /** Sells {@code count} sales at the counter's pace, telling {@code listener} of each. */
    void sell(int count, Listener listener) throws Exception {
        for (int i = 0; i < count; i++) {
            listener.sold(sellOne());
            Thread.sleep(nextGapMillis());
        }
    }

    Sold sellOne() {
        List<String> shuffled = new ArrayList<>(products);
        Collections.shuffle(shuffled, random);
        List<String> ids = shuffled.subList(0, 1 + random.nextInt(5));
        List<String> quantities = ids.stream().map(id -> Integer.toString(1 + random.nextInt(3))).toList();
        long start = System.nanoTime();
        HttpResponse<String> response = session.postRepeated("/kasir/bayar", UUID.randomUUID().toString(), ids,
                quantities, "10000000", Map.of());
        long end = System.nanoTime();
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.contains("id=")) {
            throw new IllegalStateException("checkout failed: " + response.statusCode() + " " + location);
        }
        session.get(location.substring(location.indexOf("/kasir/nota")));
        return new Sold(location.substring(location.indexOf("id=") + 3), end - start, end);
    }

    private long nextGapMillis() {
        if (burstLeft > 0) {
            burstLeft--;
            return random.nextInt(300);
        }
        if (random.nextInt(12) == 0) {
            burstLeft = 2 + random.nextInt(3);
            return random.nextInt(300);
        }
        return 1_000 + random.nextInt(2_001);
    }
}
