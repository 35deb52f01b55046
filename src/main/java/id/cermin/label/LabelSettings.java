package id.cermin.label;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * This store's barcode prefix (node-local): EAN-13 codes it makes start with it. Two
 * digits or more from the in-store range 20-29; each store takes its own so that stores
 * never make the same code while apart.
 */
@Stateless
public class LabelSettings {

    static final String DEFAULT_PREFIX = "20";

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public String prefix() {
        List<?> rows = em.createNativeQuery("SELECT barcode_prefix FROM label_setting WHERE node = ?")
                .setParameter(1, identity.node()).getResultList();
        return rows.isEmpty() ? DEFAULT_PREFIX : (String) rows.get(0);
    }

    public void setPrefix(String prefix) {
        if (prefix == null || !prefix.matches("2\\d{1,5}")) {
            throw InvalidInputException.of("prefix", "error.barcodePrefix");
        }
        em.createNativeQuery("INSERT INTO label_setting (node, barcode_prefix, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))"
                        + " ON DUPLICATE KEY UPDATE barcode_prefix = VALUES(barcode_prefix), updated_at = UTC_TIMESTAMP(6)")
                .setParameter(1, identity.node()).setParameter(2, prefix).executeUpdate();
        audit.record("UPDATE", "label_setting", null, "awalan barcode " + prefix);
    }
}
