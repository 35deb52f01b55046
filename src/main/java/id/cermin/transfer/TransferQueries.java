package id.cermin.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers as lists show them, read from this node's own database: a store holds the
 * transfers it sent and those sent to it, the hub every store's.
 */
@ApplicationScoped
public class TransferQueries {

    static final int PAGE_SIZE = 50;

    private static final String SELECT = """
            SELECT t.id, t.reference, t.from_store, t.to_store, t.sent_at, u.full_name,
                   (SELECT COUNT(*) FROM stock_transfer_line l WHERE l.transfer_id = t.id), r.received_at, ru.full_name
            FROM stock_transfer t
            LEFT JOIN app_user u ON u.id = t.sent_by
            LEFT JOIN stock_transfer_receipt r ON r.transfer_id = t.id
            LEFT JOIN app_user ru ON ru.id = r.received_by
            """;
    private static final String FILTER = " WHERE (? = '' OR t.from_store = ? OR t.to_store = ?) AND (? = 0 OR r.id IS NULL)";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /**
     * One page of transfers, newest first: of one store (sent or received; {@code store}
     * null for all), only those still on their way when {@code inTransit}.
     */
    public List<TransferRow> list(String store, boolean inTransit, int page) {
        Query query = filtered(SELECT + FILTER + " ORDER BY t.sent_at DESC, t.reference DESC LIMIT ? OFFSET ?",
                store, inTransit);
        return rows(query.setParameter(5, PAGE_SIZE).setParameter(6, (page - 1) * PAGE_SIZE));
    }

    public long count(String store, boolean inTransit) {
        Query query = filtered("SELECT COUNT(*) FROM stock_transfer t LEFT JOIN stock_transfer_receipt r"
                + " ON r.transfer_id = t.id" + FILTER, store, inTransit);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** What was sent to this store and has not been taken in yet, oldest first. */
    public List<TransferRow> awaiting(String node) {
        return rows(em.createNativeQuery(SELECT + " WHERE t.to_store = ? AND r.id IS NULL ORDER BY t.sent_at")
                .setParameter(1, node));
    }

    /** A user's full name, for the surat jalan. */
    public String userName(String userId) {
        List<?> names = em.createNativeQuery("SELECT full_name FROM app_user WHERE id = ?").setParameter(1, userId)
                .getResultList();
        return names.isEmpty() ? "" : (String) names.get(0);
    }

    private Query filtered(String sql, String store, boolean inTransit) {
        String node = store == null ? "" : store;
        return em.createNativeQuery(sql).setParameter(1, node).setParameter(2, node).setParameter(3, node)
                .setParameter(4, inTransit ? 1 : 0);
    }

    private static List<TransferRow> rows(Query query) {
        List<TransferRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new TransferRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4]),
                    (String) r[5], ((Number) r[6]).longValue(), instant(r[7]), (String) r[8]));
        }
        return rows;
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
