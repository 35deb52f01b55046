package id.cermin.stockin;

import id.cermin.inventory.VoidRequest;
import id.cermin.inventory.Voids;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * "Batalkan" for goods received (the rules are {@link Voids}'): the void row says who,
 * when and why; the stock goes back out.
 */
@Stateless
public class StockInVoidService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private Voids voids;

    @Inject
    private NodeIdentity identity;

    /** Voids a stock-in; returns its reference. */
    public String voidStockIn(VoidRequest request) {
        StockIn stockIn = Ids.canBe(request.id())
                ? em.find(StockIn.class, request.id(), LockModeType.PESSIMISTIC_WRITE) : null;
        if (stockIn == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        boolean voidedBefore = em.createNamedQuery("StockInVoid.countFor", Long.class)
                .setParameter("id", stockIn.getId()).getSingleResult() > 0;
        Instant at = voids.takeBack(stockIn, voidedBefore, request);
        em.persist(new StockInVoid(stockIn.getId(), request, at, identity.node()));
        return stockIn.getReference();
    }
}
