package id.cermin.audit;

import id.cermin.platform.BusinessDay;
import id.cermin.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail as the owner reads it: entries of a range of business days, filtered by
 * user and by kind (what was done, to what), newest first, a page at a time.
 */
@ApplicationScoped
public class AuditQueries {

    public static final int PAGE_SIZE = 50;
    private static final String WHERE = " WHERE at >= ? AND at < ? AND (? = '' OR username = ?) AND (? = '' OR action = ?)"
            + " AND (? = '' OR entity = ?)";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** What to look for: days, a username, an action and an entity (empty: any). */
    public record Filter(LocalDate from, LocalDate to, String user, String action, String entity) {
    }

    public List<AuditEntry> page(Filter filter, int page) {
        return bind(em.createNativeQuery("SELECT * FROM audit_log" + WHERE + " ORDER BY at DESC, id DESC",
                AuditEntry.class), filter).setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    public long count(Filter filter) {
        return SqlValues.number(bind(em.createNativeQuery("SELECT COUNT(*) FROM audit_log" + WHERE), filter)
                .getSingleResult());
    }

    /** The distinct values of a column (username, action, entity) the filters offer. */
    public List<String> values(String column) {
        if (!List.of("username", "action", "entity").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        List<String> values = new ArrayList<>();
        for (Object value : em.createNativeQuery("SELECT DISTINCT " + column + " FROM audit_log WHERE " + column
                + " IS NOT NULL ORDER BY " + column).getResultList()) {
            values.add((String) value);
        }
        return values;
    }

    private static Query bind(Query query, Filter filter) {
        BusinessDay days = BusinessDay.ofNode();
        query.setParameter(1, SqlValues.utc(days.startOf(filter.from())))
                .setParameter(2, SqlValues.utc(days.endOf(filter.to())));
        String[] values = {filter.user(), filter.action(), filter.entity()};
        for (int i = 0; i < values.length; i++) {
            query.setParameter(3 + 2 * i, values[i]).setParameter(4 + 2 * i, values[i]);
        }
        return query;
    }
}
