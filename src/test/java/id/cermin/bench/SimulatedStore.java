package id.cermin.bench;

import id.cermin.launcher.EmbeddedMariaDb;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;

import com.mysql.cj.jdbc.MysqlDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One store of the scale benchmark: its own database (a schema on the stores' MariaDB
 * server, migrated like a real store's), registered on the hub with its own account that
 * may only call the hub's procedures, and the real mirror engine between the two, on
 * pooled connections as in the server. It sells as the counter does (one transaction of
 * 5 lines, stock rows locked first) and runs its mirror when told.
 */
final class SimulatedStore {

    static final int LINES_PER_SALE = 5;

    private final MirrorNode node;
    private final ReusedConnections local;
    private final ReusedConnections hub;
    private final MirrorEngine engine;
    private final String cashierId;
    private final List<String> products;
    private Connection counter;
    private String dbId;
    private int sold;

    private SimulatedStore(MirrorNode node, DataSource hubAccount, String cashierId, List<String> products) {
        this.node = node;
        this.local = new ReusedConnections(node.dataSource());
        this.hub = new ReusedConnections(hubAccount);
        this.engine = new MirrorEngine(local, hub);
        this.cashierId = cashierId;
        this.products = products;
    }

    /**
     * A new store {@code name}: its database made on {@code server} (a copy of {@code template},
     * a backup of a freshly migrated store), registered on {@code hub}
     * (its hub link through {@code hubPort}, the hub's own port or a proxy's), then filled
     * from the hub by the mirror's first run.
     */
    static SimulatedStore open(EmbeddedMariaDb server, Path template, MirrorNode hub, String name, int hubPort,
                               ShopWrites.Catalogue catalogue) {
        MirrorNode node = MirrorNode.copy(server, template, "scale_" + name.toLowerCase(), name);
        MirrorNode.StoreAccount account = hub.registerStore(name);
        SimulatedStore store = new SimulatedStore(node, hubLink(account, hubPort), catalogue.userId(),
                catalogue.productIds());
        RunReport first = store.mirror();
        if (first == null || !first.succeeded() || !first.bootstrapped()) {
            throw new IllegalStateException(name + ": the first run did not fill the store from the hub: " + first);
        }
        return store;
    }

    /**
     * The store's data source for its hub account; with {@code -Dcermin.bench.cacheCallable=true}
     * the driver keeps each procedure's parameter description per connection instead of
     * asking the hub for it ({@code SHOW CREATE PROCEDURE}) at every call.
     */
    private static DataSource hubLink(MirrorNode.StoreAccount account, int hubPort) {
        DataSource ds = account.dataSourceOn(hubPort);
        if (Boolean.getBoolean("cermin.bench.cacheCallable")) {
            try {
                ((MysqlDataSource) ds).setCacheCallableStmts(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return ds;
    }

    String name() {
        return node.node();
    }

    MirrorNode node() {
        return node;
    }

    /** What a committed sale left in its store's change log: its database and the number of its last change. */
    record Sold(String dbId, long lastSeq) {
    }

    /** One sale of 5 different products in one transaction, as the counter makes it; committed. */
    synchronized Sold sell() throws SQLException {
        if (counter == null || counter.isClosed()) {
            counter = node.connect();
            dbId = ChangeLog.identity(counter).dbId();
        }
        List<String> cart = new ArrayList<>(LINES_PER_SALE);
        for (int i = 0; i < LINES_PER_SALE; i++) {
            cart.add(products.get((sold * LINES_PER_SALE + i) % products.size()));
        }
        sold++;
        counter.setAutoCommit(false);
        try {
            ShopWrites.sellUncommitted(counter, node.node(), cashierId, cart, 1,
                    String.format("%s-%06d", node.node(), sold));
            // The change counter's row is locked by this transaction: its number is this sale's last change.
            long lastSeq = ChangeLog.identity(counter).seq();
            counter.commit();
            return new Sold(dbId, lastSeq);
        } catch (SQLException e) {
            counter.rollback();
            throw e;
        } finally {
            counter.setAutoCommit(true);
        }
    }

    /** One mirror run, as the store's timer starts it; null when one is already going on. */
    RunReport mirror() {
        return engine.run("TIMER");
    }

    void close() {
        try {
            if (counter != null) {
                counter.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        }
        local.closeAll();
        hub.closeAll();
    }
}
