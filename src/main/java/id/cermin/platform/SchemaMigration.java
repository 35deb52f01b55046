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
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Brings the node's database to the current schema before anything else runs, with the
 * Flyway migrations under {@code db/migration}. A node whose database cannot be
 * migrated does not start: selling on a half-upgraded schema would be worse. Then it
 * announces {@link SchemaReady}, still before anything else starts.
 * <p>
 * The schema may belong to an account of its own: with {@code CERMIN_MIGRATION_DB_USER}
 * (and {@code CERMIN_MIGRATION_DB_PASSWORD}) set, Flyway connects as that account to the
 * database the pool names ({@code CERMIN_DB_HOST}, {@code _PORT}, {@code _NAME},
 * {@code _SSLMODE}), and the pool's own account needs only to read and write rows. Without
 * them, the pool's account migrates too.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    static final String MIGRATION_USER = "CERMIN_MIGRATION_DB_USER";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private NodeIdentity identity;

    @Inject
    private Event<SchemaReady> ready;

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .locations("classpath:db/migration");
        NodeSettings settings = NodeSettings.fromEnvironment();
        Optional<String> migrationUser = settings.text(MIGRATION_USER);
        if (migrationUser.isPresent()) {
            configuration.dataSource(migrationUrl(settings), migrationUser.get(),
                    settings.text("CERMIN_MIGRATION_DB_PASSWORD", ""));
            LOG.info(() -> "Migrating the schema as " + migrationUser.get());
        } else {
            configuration.dataSource(dataSource);
        }
        Flyway flyway = configuration.load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
        ready.fire(new SchemaReady(identity.node()));
    }

    /** The database the pool reaches, from the same settings the pool is made from. */
    private static String migrationUrl(NodeSettings settings) {
        String host = settings.text("CERMIN_DB_HOST", "127.0.0.1", HOST, "a host name or IP address");
        long port = settings.number("CERMIN_DB_PORT", 3306);
        String name = settings.text("CERMIN_DB_NAME", "cermin", NAME, "letters, digits or '_'");
        String sslMode = settings.text("CERMIN_DB_SSLMODE", "PREFERRED", NAME, "an sslMode of mysql-connector-j");
        return "jdbc:mysql://" + host + ":" + port + "/" + name + "?sslMode=" + sslMode
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8";
    }
}
