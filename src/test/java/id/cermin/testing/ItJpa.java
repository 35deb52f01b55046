package id.cermin.testing;

import id.cermin.launcher.EmbeddedMariaDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The application's entities and migrations on a fresh test database, outside any
 * container: the schema comes from the same Flyway migrations the server runs.
 */
public final class ItJpa implements AutoCloseable {

    private final EntityManagerFactory factory;

    private ItJpa(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public static ItJpa freshDatabase(String name) {
        String url = ItDatabase.freshDatabase(name);
        Flyway.configure().dataSource(url, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD)
                .locations("classpath:db/migration").load().migrate();
        return existing(url);
    }

    /** The entities over an existing, migrated database at {@code url}. */
    public static ItJpa existing(String url) {
        return new ItJpa(Persistence.createEntityManagerFactory("cermin-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", EmbeddedMariaDb.APP_USER,
                "jakarta.persistence.jdbc.password", EmbeddedMariaDb.APP_PASSWORD)));
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs the work in one committed transaction; a failure rolls back and is rethrown. */
    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
