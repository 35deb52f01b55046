package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Finds products: by id, by barcode, and the searchable, paged list of daftar barang. */
@ApplicationScoped
public class ProductRepository {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public ProductRepository() {
    }

    /** For use outside the container, with an entity manager of one's own. */
    ProductRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Product> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Product.class, id));
    }

    public Optional<Product> byBarcode(String barcode) {
        return em.createNamedQuery("Product.byBarcode", Product.class)
                .setParameter("barcode", barcode).getResultStream().findFirst();
    }

    public long countActiveInCategory(String categoryId) {
        return em.createNamedQuery("Product.countActiveInCategory", Long.class)
                .setParameter("categoryId", categoryId).getSingleResult();
    }

    /** One page of products whose name contains, or whose barcode starts with, the text. */
    public List<Product> search(String text, boolean archived, int page) {
        return query("SELECT p", text, archived, Product.class, " ORDER BY p.name, p.id")
                .setFirstResult((page - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    public long count(String text, boolean archived) {
        return query("SELECT COUNT(p)", text, archived, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String text, boolean archived, Class<T> type, String order) {
        String where = archived ? " WHERE p.archivedAt IS NOT NULL" : " WHERE p.archivedAt IS NULL";
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            where += " AND (LOWER(p.name) LIKE :name ESCAPE '\\' OR p.barcode LIKE :barcode ESCAPE '\\')";
        }
        TypedQuery<T> query = em.createQuery(select + " FROM Product p" + where + order, type);
        if (filtered) {
            String literal = escapeLike(text.strip().toLowerCase());
            query.setParameter("name", "%" + literal + "%");
            query.setParameter("barcode", literal + "%");
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
