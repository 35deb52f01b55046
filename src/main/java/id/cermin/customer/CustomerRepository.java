package id.cermin.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Finds customers: by id, and the searchable, paged list (every typed word in the name, or the phone). */
@ApplicationScoped
public class CustomerRepository {

    public static final int PAGE_SIZE = 25;
    private static final int MAX_WORDS = 5;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    public Optional<Customer> find(String id) {
        return Optional.ofNullable(id == null || id.isEmpty() ? null : em.find(Customer.class, id));
    }

    public List<Customer> search(String text, int page, int size) {
        return query("SELECT c", text, Customer.class, " ORDER BY c.name, c.id")
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    public long count(String text) {
        return query("SELECT COUNT(c)", text, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String text, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" WHERE c.archivedAt IS NULL");
        String[] words = text == null || text.isBlank() ? new String[0] : text.strip().toLowerCase().split("\\s+");
        int count = Math.min(words.length, MAX_WORDS);
        if (count > 0) {
            where.append(" AND (c.phone LIKE :phone ESCAPE '\\' OR (");
            for (int i = 0; i < count; i++) {
                where.append(i == 0 ? "" : " AND ").append("LOWER(c.name) LIKE :w").append(i).append(" ESCAPE '\\'");
            }
            where.append("))");
        }
        TypedQuery<T> query = em.createQuery(select + " FROM Customer c" + where + order, type);
        if (count > 0) {
            query.setParameter("phone", escapeLike(text.strip()) + "%");
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
