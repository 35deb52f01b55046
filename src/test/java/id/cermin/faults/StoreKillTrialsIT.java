package id.cermin.faults;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.launcher.Database;
import id.cermin.launcher.NodeEnvironment;
import id.cermin.launcher.PayaraMicroServer;
import id.cermin.testing.HubDrainer;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Trial 2: a real store server (Payara Micro, its mirror on a one-second timer) is
 * killed with SIGKILL while a run is going on, then started again; its mirror resumes on
 * its own and every invariant holds. Count: {@code -Dcermin.faults.storeKills}.
 */
class StoreKillTrialsIT {

    private static final int PORT = Integer.getInteger("cermin.it.killStorePort", 8182);

    @Test
    void theStoreServerKilledMidRunLosesAndDoublesNothing() throws Exception {
        int trials = Integer.getInteger("cermin.faults.storeKills", 3);
        long seed = Long.getLong("cermin.faults.seed", System.nanoTime());
        System.out.printf("store-kill trials: %d, seed %d%n", trials, seed);
        Random random = new Random(seed);
        MirrorNode hub = MirrorNode.create(MirrorServers.hub(), "storekill_hub", "HUB");
        History history = new History();
        Shop shop;
        try (Connection c = hub.connect()) {
            ShopWrites.Catalogue catalogue = ShopWrites.catalogue(c, "HUB", 10, "S7");
            shop = new Shop(catalogue.userId(), catalogue.productIds(), history);
        }
        MirrorNode store = MirrorNode.create(ItDatabase.server(), "storekill_store", "S7");
        MirrorNode.StoreAccount account = hub.registerStore("S7");
        int killedMidRun = 0;
        try (TcpProxy link = TcpProxy.start(MirrorServers.HUB_PORT); HubDrainer drainer = HubDrainer.start(hub)) {
            link.setLatency(Duration.ofMillis(2));
            PayaraMicroServer.Spec spec = spec(link.port(), account);
            PayaraMicroServer server = PayaraMicroServer.start(spec);
            try {
                server.awaitHealthy();
                awaitIdle(store, now(store));
                for (int t = 0; t < trials; t++) {
                    for (int i = 0; i < 30; i++) {
                        shop.anything(i % 4 == 0 ? hub : store, random);
                    }
                    if (awaitRunning(store)) {
                        killedMidRun++;
                    }
                    Thread.sleep(random.nextInt(150));
                    server.kill();
                    Object restartedAt = now(store);
                    server = PayaraMicroServer.start(spec);
                    server.awaitHealthy();
                    awaitIdle(store, restartedAt);
                    Invariants.check(hub, List.of(store), List.of(account), history);
                }
            } finally {
                server.close();
            }
        }
        System.out.printf("store-kill trials: %d run, %d kills while a run was going on, 0 failures%n", trials,
                killedMidRun);
    }

    private static PayaraMicroServer.Spec spec(int hubPort, MirrorNode.StoreAccount account) {
        Map<String, String> env = new HashMap<>(NodeEnvironment.store("S7",
                Database.embedded(ItDatabase.port(), "storekill_store", EmbeddedMariaDb.APP_USER,
                        EmbeddedMariaDb.APP_PASSWORD),
                Database.embedded(hubPort, "storekill_hub", account.user(), account.password()), false));
        env.put("CERMIN_SYNC_INTERVAL", "1");
        Path work = Path.of(System.getProperty("cermin.workDir", "target/it"));
        return new PayaraMicroServer.Spec("store-kill-trial", Path.of(System.getProperty("cermin.payaraMicroJar")),
                Path.of(System.getProperty("cermin.serverLib")), Path.of(System.getProperty("cermin.war")),
                Path.of(System.getProperty("cermin.serverConfig")).resolve("store"), work.resolve("kill-store"), PORT,
                env);
    }

    private static boolean awaitRunning(MirrorNode store) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (store.count("SELECT COUNT(*) FROM mirror_run WHERE result = 'RUNNING'") > 0) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static Object now(MirrorNode store) {
        return store.value("SELECT UTC_TIMESTAMP(6)");
    }

    /** Waits until the server's mirror has finished, since {@code since}, two runs in a row that moved nothing. */
    private static void awaitIdle(MirrorNode store, Object since) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            List<Object[]> last = store.rows("SELECT result, pushed, pulled FROM mirror_run"
                    + " WHERE finished_at IS NOT NULL AND started_at > ? ORDER BY started_at DESC LIMIT 2", since);
            if (last.size() == 2 && last.stream().allMatch(r -> "OK".equals(r[0])
                    && ((Number) r[1]).intValue() == 0 && ((Number) r[2]).intValue() == 0)) {
                return;
            }
            Thread.sleep(250);
        }
        fail("the store's mirror did not become idle; last runs: " + store.rows(
                "SELECT result, pushed, pulled, error FROM mirror_run ORDER BY started_at DESC LIMIT 5").stream()
                .map(java.util.Arrays::toString).toList());
    }
}
