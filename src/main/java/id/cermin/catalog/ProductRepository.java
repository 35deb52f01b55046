package id.cermin.catalog;

import id.cermin.platform.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
        return Optional.ofNullable(Ids.canBe(id) ? em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE) : null);
    }

    public Optional<Product> find(String id) {
        return Optional.ofNullable(Ids.canBe(id) ? em.find(Product.class, id) : null);
    }

    /** The products with these ids, by id, in one query (ids that cannot be one are left out). */
    public Map<String, Product> findAll(Collection<String> ids) {
        List<String> asked = ids.stream().filter(Ids::canBe).distinct().toList();
        if (asked.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Product.byIds", Product.class).setParameter("ids", asked).getResultStream()
                .collect(Collectors.toMap(Product::getId, p -> p));
    }

    /**
     * The product with this barcode. Barcodes are ASCII (the column is), so text with other
     * letters ({@code é123}) is no barcode at all: the database is not asked, as it refuses to
     * compare the two character sets.
     */
    public Optional<Product> byBarcode(String barcode) {
        if (!isAscii(barcode)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Product.byBarcode", Product.class)
                .setParameter("barcode", barcode).getResultStream().findFirst();
    }

    public long countActiveInCategory(String categoryId) {
        return em.createNamedQuery("Product.countActiveInCategory", Long.class)
                .setParameter("categoryId", categoryId).getSingleResult();
    }

    /**
     * One page of products whose name contains every word of the text, or whose barcode starts
     * with it (only asked for ASCII text, see {@link #byBarcode}).
     */
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
        boolean barcode = isAscii(text);
        if (count > 0) {
            where.append(barcode ? " AND (p.barcode LIKE :barcode ESCAPE '\\' OR (" : " AND ((");
            for (int i = 0; i < count; i++) {
                where.append(i == 0 ? "" : " AND ").append("LOWER(p.name) LIKE :w").append(i).append(" ESCAPE '\\'");
            }
            where.append("))");
        }
        TypedQuery<T> query = em.createQuery(select + " FROM Product p" + where + order, type);
        if (count > 0) {
            if (barcode) {
                query.setParameter("barcode", escapeLike(text.strip()) + "%");
            }
            for (int i = 0; i < count; i++) {
                query.setParameter("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        return query;
    }

    static boolean isAscii(String text) {
        return text != null && text.chars().allMatch(ch -> ch < 0x80);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
