package id.cermin.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cermin status}: one line saying whether Cermin runs on this PC, which nodes answer
 * and where, from each node's {@code /health}. Exit code 0 when a node is up, 3 when none.
 */
final class StatusCheck {

    static final int RUNNING = 0;
    static final int NOT_RUNNING = 3;
    private static final Pattern FIELD = Pattern.compile("\"(status|node|role)\"\\s*:\\s*\"([^\"]*)\"");

    private final LauncherSettings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    StatusCheck(LauncherSettings settings) {
        this.settings = settings;
    }

    /** Prints the line and returns the exit code. */
    int run() {
        List<Integer> ports = List.of(settings.storePort(), settings.hubPort());
        List<String> nodes = new ArrayList<>();
        boolean up = false;
        for (int port : ports) {
            Optional<Health> health = health(port);
            if (health.isPresent()) {
                nodes.add(health.get().describe(port));
                up |= "UP".equals(health.get().status());
            }
        }
        if (nodes.isEmpty()) {
            System.out.println("Cermin is not running here (nothing answers on http://localhost:" + ports.get(0)
                    + "/ or http://localhost:" + ports.get(1) + "/)");
        } else {
            System.out.println("Cermin is " + (up ? "running" : "not ready") + ": " + String.join(", ", nodes));
        }
        return up ? RUNNING : NOT_RUNNING;
    }

    record Health(String status, String node, String role) {
        String describe(int port) {
            return role + " " + node + " at http://localhost:" + port + "/ (" + status + ")";
        }
    }

    /** What a Cermin node on this port says about itself; empty when none answers there. */
    private Optional<Health> health(int port) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return parse(response.body());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<Health> parse(String body) {
        String status = null;
        String node = null;
        String role = null;
        Matcher field = FIELD.matcher(body);
        while (field.find()) {
            switch (field.group(1)) {
                case "status" -> status = field.group(2);
                case "node" -> node = field.group(2);
                default -> role = field.group(2);
            }
        }
        return status == null || node == null || role == null ? Optional.empty()
                : Optional.of(new Health(status, node, role));
    }
}
