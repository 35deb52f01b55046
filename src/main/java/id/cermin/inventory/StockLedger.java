package id.cermin.inventory;

import id.cermin.platform.Ids;
import id.cermin.platform.LocalWrite;
import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Writes a movement and moves the product's cached stock by the same delta, inside the
 * caller's transaction. The cache is changed with a relative UPDATE, so concurrent
 * sales of one product add up exactly instead of overwriting each other. The product
 * row is locked (UPDATE) before the movement is inserted: inserting first would take a
 * shared lock through the foreign key, and two such transactions deadlock when both
 * then ask for the exclusive one.
 * <p>
 * Callers first {@link #lockStock lock} every product the transaction will move, before
 * any row is inserted, by the rule of {@link StockLocks}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockLedger {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private Event<LocalWrite> written;

    /** Locks the stock rows of these products (see {@link StockLocks}) until the transaction ends. */
    public void lockStock(Collection<String> productIds) {
        List<String> ids = StockLocks.lockOrder(productIds);
        for (int from = 0; from < ids.size(); from += StockLocks.PER_STATEMENT) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + StockLocks.PER_STATEMENT));
            Query query = em.createNativeQuery(StockLocks.lockStatement(part.size()));
            for (int i = 0; i < part.size(); i++) {
                query.setParameter(i + 1, part.get(i));
            }
            query.getResultList();
        }
    }

    /**
     * How much of the product is on this store's shelf: the sum of the movements naming this
     * node's shelf. Asked after {@link #lockStock} it is the stock as of that moment, with
     * every sale before it counted and none after it.
     */
    public BigDecimal onShelf(String productId) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(delta), 0) FROM stock_movement"
                        + " WHERE product_id = ? AND store_node = ?")
                .setParameter(1, productId)
                .setParameter(2, identity.node())
                .getSingleResult();
        return sum instanceof BigDecimal value ? value : new BigDecimal(sum.toString());
    }

    public void record(String productId, BigDecimal delta, MovementKind kind, String sourceId, String userId,
                       Instant at) {
        em.createNativeQuery("UPDATE product SET stock = stock + ? WHERE id = ?")
                .setParameter(1, delta)
                .setParameter(2, productId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at,"
                        + " moved_by, origin_node, store_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Ids.newId())
                .setParameter(2, productId)
                .setParameter(3, delta)
                .setParameter(4, kind.name())
                .setParameter(5, sourceId)
                .setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(7, userId)
                .setParameter(8, identity.node())
                .setParameter(9, identity.node())
                .executeUpdate();
        written.fire(new LocalWrite(kind.name()));
    }
}
