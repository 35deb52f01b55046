package id.cermin.inventory;

import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
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
 * any row is inserted: the first insert into a mirrored table takes the change-log
 * counter's lock (see V3__mirror.sql), which must be the last lock a writer takes.
 * Locking in product id order means two transactions never wait for each other in a circle.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockLedger {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    /** Locks the stock rows of these products, in id order, until the transaction ends. */
    public void lockStock(Collection<String> productIds) {
        List<String> ids = productIds.stream().distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Query query = em.createNativeQuery("SELECT id FROM product WHERE id IN (" + marks + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        query.getResultList();
    }

    public void record(String productId, BigDecimal delta, MovementKind kind, String sourceId, String userId,
                       Instant at) {
        em.createNativeQuery("UPDATE product SET stock = stock + ? WHERE id = ?")
                .setParameter(1, delta)
                .setParameter(2, productId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at,"
                        + " moved_by, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Ids.newId())
                .setParameter(2, productId)
                .setParameter(3, delta)
                .setParameter(4, kind.name())
                .setParameter(5, sourceId)
                .setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(7, userId)
                .setParameter(8, identity.node())
                .executeUpdate();
    }
}
