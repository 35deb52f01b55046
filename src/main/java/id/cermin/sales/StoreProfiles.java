package id.cermin.sales;

import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** This node's store details for receipts, with plain defaults until the owner sets them. */
@ApplicationScoped
public class StoreProfiles {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    public StoreProfile current() {
        List<?> rows = em.createNativeQuery("SELECT name, address, phone, footer FROM store_profile WHERE node = ?")
                .setParameter(1, identity.node()).getResultList();
        if (rows.isEmpty()) {
            return new StoreProfile("Toko Bangunan", "", "", "Terima kasih atas kunjungan Anda");
        }
        Object[] row = (Object[]) rows.get(0);
        return new StoreProfile((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }
}
