package id.cermin.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the node's database to the current schema before anything else runs, with the
 * Flyway migrations under {@code db/migration}. A node whose database cannot be
 * migrated does not start: selling on a half-upgraded schema would be worse. Then it
 * announces {@link SchemaReady}, still before anything else starts.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private NodeIdentity identity;

    @Inject
    private Event<SchemaReady> ready;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
        ready.fire(new SchemaReady(identity.node()));
    }
}
