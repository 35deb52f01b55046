package id.cermin.sales;

import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import id.cermin.platform.validation.InvalidInputException;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** This node's store details for receipts (node-local), with plain defaults until the owner sets them. */
@ApplicationScoped
public class StoreProfiles {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    /** Saves this node's store details; the name is required, every field has a limit. */
    @Transactional
    public void save(StoreProfile profile) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (profile.name().isEmpty()) {
            errors.put("name", "error.required");
        } else if (profile.name().length() > 100) {
            errors.put("name", "error.tooLong100");
        }
        if (profile.address().length() > 255) {
            errors.put("address", "error.tooLong255");
        }
        if (profile.phone().length() > 40) {
            errors.put("phone", "error.tooLong40");
        }
        if (profile.footer().length() > 255) {
            errors.put("footer", "error.tooLong255");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("INSERT INTO store_profile (node, name, address, phone, footer, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                        + " address = VALUES(address), phone = VALUES(phone), footer = VALUES(footer),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, identity.node()).setParameter(2, profile.name()).setParameter(3, profile.address())
                .setParameter(4, profile.phone()).setParameter(5, profile.footer())
                .executeUpdate();
    }

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
