package id.cermin.mirror.web;

import id.cermin.mirror.capture.ChangeLog;
import id.cermin.platform.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes this node's name where the capture triggers read it (the origin of every change
 * made here), as soon as the schema is ready and before anything else writes.
 */
@ApplicationScoped
public class NodeClaim {

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    void claim(@Observes SchemaReady ready) {
        try (Connection c = dataSource.getConnection()) {
            ChangeLog.claim(c, ready.node());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record this node's name for the mirror", e);
        }
    }
}
