package id.cermin.branch;

import id.cermin.platform.HybridClock;
import id.cermin.platform.NodeIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * On the hub: a branch for every store the hub operator registered (mirror_store), made
 * at start and within a minute of a store being added, and archived when the store is
 * retired. Written as the hub's master data, so every store learns the chain's branches
 * at its next mirror run. On a store it does nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class BranchRoster {

    private static final long EVERY_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(BranchRoster.class.getName());

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private NodeIdentity identity;

    private volatile ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        if (identity.role() == NodeIdentity.Role.HUB) {
            schedule = scheduler.scheduleWithFixedDelay(this::pass, 0, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void pass() {
        try (Connection c = dataSource.getConnection()) {
            follow(c, identity.node());
        } catch (SQLException | RuntimeException e) {
            LOG.warning("Branches could not follow the registered stores: " + e.getMessage());
        }
    }

    /** Makes the branches follow the registered stores, in one transaction; {@code hub} is this node. */
    static void follow(Connection c, String hub) throws SQLException {
        c.setAutoCommit(false);
        try {
            for (String node : nodes(c, "SELECT s.node FROM mirror_store s WHERE s.retired_at IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM branch b WHERE b.node = s.node)")) {
                write(c, "INSERT INTO branch (id, node, name, created_at, updated_at, row_version, origin_node)"
                        + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?, ?)", Branch.idOf(node), node, node,
                        HybridClock.next(), hub);
            }
            for (String node : nodes(c, "SELECT s.node FROM mirror_store s JOIN branch b ON b.node = s.node"
                    + " WHERE s.retired_at IS NOT NULL AND b.archived_at IS NULL")) {
                write(c, "UPDATE branch SET archived_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6),"
                        + " row_version = GREATEST(row_version + 1, ?), origin_node = ? WHERE node = ?", HybridClock.next(), hub, node);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<String> nodes(Connection c, String sql) throws SQLException {
        List<String> nodes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                nodes.add(rs.getString(1));
            }
        }
        return nodes;
    }

    private static void write(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
