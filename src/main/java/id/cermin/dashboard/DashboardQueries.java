package id.cermin.dashboard;

import id.cermin.catalog.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Read-only figures for the dashboard, straight from the node's own database. */
@ApplicationScoped
public class DashboardQueries {

    /** The counts the study's dashboard shows. */
    public record Summary(long products, long categories, long sales, long lowStock) {
    }

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public Summary summary() {
        long products = count("SELECT COUNT(p) FROM Product p WHERE p.archivedAt IS NULL");
        long categories = count("SELECT COUNT(c) FROM Category c WHERE c.archivedAt IS NULL");
        long sales = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sale").getSingleResult()).longValue();
        long low = count("SELECT COUNT(p) FROM Product p WHERE p.archivedAt IS NULL AND p.stock <= p.minStock");
        return new Summary(products, categories, sales, low);
    }

    public List<Product> lowStock(int limit) {
        return em.createQuery("SELECT p FROM Product p WHERE p.archivedAt IS NULL AND p.stock <= p.minStock"
                        + " ORDER BY p.stock - p.minStock, p.name", Product.class)
                .setMaxResults(limit).getResultList();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
