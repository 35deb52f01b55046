package id.cermin.faults;

import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;

import id.cermin.testing.HubDrainer;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import id.cermin.testing.TcpProxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A hub and one or two stores on separate real MariaDB servers, each store registered
 * with the hub and reaching it with its own store account through its own
 * fault-injecting proxy, the stores' mirror engines, and the {@link History} of what was
 * written. The hub applies its inbox after every store run (its server does so a moment
 * later). {@link #converge} heals every link and runs the mirror until nothing moves.
 */
final class FaultWorld implements AutoCloseable {

    final MirrorNode hub;
    final List<MirrorNode> stores = new ArrayList<>();
    final List<TcpProxy> links = new ArrayList<>();
    final List<MirrorEngine> engines = new ArrayList<>();
    final List<MirrorNode.StoreAccount> accounts = new ArrayList<>();
    final History history = new History();
    final Shop shop;

    FaultWorld(String prefix, int storeCount, int products, int socketTimeoutMs) throws SQLException {
        hub = MirrorNode.create(MirrorServers.hub(), prefix + "_hub", "HUB");
        ShopWrites.Catalogue catalogue;
        try (Connection c = hub.connect()) {
            catalogue = ShopWrites.catalogue(c, "HUB", products, storeCount == 1 ? new String[] {"S1"}
                    : new String[] {"S1", "S2"});
        }
        shop = new Shop(catalogue.userId(), catalogue.productIds(), history);
        for (int i = 0; i < storeCount; i++) {
            MirrorNode store = i == 0
                    ? MirrorNode.create(ItDatabase.server(), prefix + "_s1", "S1")
                    : MirrorNode.create(MirrorServers.store2(), prefix + "_s2", "S2");
            MirrorNode.StoreAccount account = hub.registerStore(store.node());
            TcpProxy link = TcpProxy.start(MirrorServers.HUB_PORT);
            stores.add(store);
            links.add(link);
            accounts.add(account);
            engines.add(new MirrorEngine(store.dataSource(), account.dataSourceOn(link.port(), socketTimeoutMs)));
        }
        converge();
    }

    MirrorNode store(int i) {
        return stores.get(i);
    }

    /** One run of store {@code i}'s mirror, then the hub applies its inbox; either may fail (that is the point of a fault). */
    RunReport run(int i) {
        RunReport report = engines.get(i).run("TRIAL");
        HubDrainer.drainOnce(hub);
        return report;
    }

    void partition(int i, boolean down) {
        links.get(i).refuse(down);
        if (down) {
            links.get(i).cutAll();
        }
    }

    /** Heals every link and runs every store's mirror until a whole round moves nothing. */
    void converge() {
        for (TcpProxy link : links) {
            link.cutAfterBytes(-1);
            link.blackHole(false);
            link.refuse(false);
            link.setLatency(java.time.Duration.ZERO);
        }
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            boolean quiet = true;
            for (MirrorEngine engine : engines) {
                RunReport r = engine.run("HEAL");
                quiet &= HubDrainer.drainOnce(hub);
                assertNotNull(r, "no run left over");
                seen.add(r.succeeded() ? r.pushed() + "/" + r.pulled() + "/held " + r.held() : r.error());
                if (!r.succeeded()) {
                    // A connection left over from the fault may fail once; the next round retries.
                    quiet = false;
                    continue;
                }
                quiet &= r.pushed() == 0 && r.pulled() == 0 && r.held() == 0 && r.recovered() == null;
            }
            if (quiet && round > 0) {
                return;
            }
        }
        fail("the mirror did not become idle after healing: " + seen);
    }

    void checkInvariants() throws SQLException {
        Invariants.check(hub, stores, accounts, history);
    }

    @Override
    public void close() {
        links.forEach(TcpProxy::close);
    }
}
