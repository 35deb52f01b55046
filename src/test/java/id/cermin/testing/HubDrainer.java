package id.cermin.testing;

import id.cermin.mirror.inbox.InboxApplier;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The hub's server, as far as the mirror needs it, for tests that run stores without a
 * hub server: applies the hub database's inbox every {@code 200 ms} in the background, like
 * the hub's own timer, until closed. A failed pass (the hub's database down) is simply
 * tried again.
 */
public final class HubDrainer implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;

    private HubDrainer(MirrorNode hub) {
        thread = new Thread(() -> {
            while (running) {
                drainOnce(hub);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hub-drainer-" + hub.database());
        thread.setDaemon(true);
    }

    public static HubDrainer start(MirrorNode hub) {
        HubDrainer drainer = new HubDrainer(hub);
        drainer.thread.start();
        return drainer;
    }

    /** Applies everything in the hub's inbox now; false if the hub's database could not be reached. */
    public static boolean drainOnce(MirrorNode hub) {
        try (Connection c = hub.connect()) {
            new InboxApplier(c).drain(10_000);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
