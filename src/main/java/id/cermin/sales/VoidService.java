package id.cermin.sales;

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
 * "Batalkan" for a sale (the rules are {@link Voids}'): the void row records who, when and
 * why; the stock goes back; the sale stays in the reports, struck through and out of the
 * totals.
 */
@Stateless
public class VoidService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private Voids voids;

    @Inject
    private NodeIdentity identity;

    public Sale voidSale(VoidRequest request) {
        Sale sale = Ids.canBe(request.id()) ? em.find(Sale.class, request.id(), LockModeType.PESSIMISTIC_WRITE) : null;
        if (sale == null) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        boolean voidedBefore = em.createNamedQuery("SaleVoid.countFor", Long.class).setParameter("id", sale.getId())
                .getSingleResult() > 0;
        Instant at = voids.takeBack(sale, voidedBefore, request);
        em.persist(new SaleVoid(sale.getId(), request, at, identity.node()));
        return sale;
    }
}
