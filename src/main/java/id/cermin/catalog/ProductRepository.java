package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Finds products: by id, by barcode, and the searchable, paged list of daftar barang. */
@ApplicationScoped
public class ProductRepository {

    public static final int PAGE_SIZE = 25;
    private static final int MAX_WORDS = 5;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public ProductRepository() {
    }

    /** For use outside the container, with an entity manager of one's own. */
    ProductRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The product, its row locked until the transaction ends: an edit takes the product
     * row before anything it writes is captured for the mirror (see StockLedger).
     */
    public Optional<Product> findForUpdate(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE));
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

    /** One page of products whose name contains every word of the text, or whose barcode starts with it. */
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
        StringBuilder where = new StringBuilder(archived ? " WHERE p.archivedAt IS NOT NULL" : " WHERE p.archivedAt IS NULL");
        String[] words = text == null || text.isBlank() ? new String[0] : text.strip().toLowerCase().split("\\s+");
        int count = Math.min(words.length, MAX_WORDS);
        if (count > 0) {
            where.append(" AND (p.barcode LIKE :barcode ESCAPE '\\' OR (");
            for (int i = 0; i < count; i++) {
                where.append(i == 0 ? "" : " AND ").append("LOWER(p.name) LIKE :w").append(i).append(" ESCAPE '\\'");
            }
            where.append("))");
        }
        TypedQuery<T> query = em.createQuery(select + " FROM Product p" + where + order, type);
        if (count > 0) {
            query.setParameter("barcode", escapeLike(text.strip()) + "%");
            for (int i = 0; i < count; i++) {
                query.setParameter("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
