package id.cermin.payment;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** This store's QRIS image (node-local: each branch may have its own merchant account). */
@Stateless
public class QrisImages {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Whether this store has a QRIS image, without reading the image. */
    public boolean exists() {
        return !em.createNativeQuery("SELECT 1 FROM store_qris WHERE node = ?").setParameter(1, identity.node())
                .getResultList().isEmpty();
    }

    public Optional<QrisImage> current() {
        List<?> rows = em.createNativeQuery("SELECT content_type, image FROM store_qris WHERE node = ?")
                .setParameter(1, identity.node()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new QrisImage((String) row[0], (byte[]) row[1]));
    }

    public void save(QrisImage image) {
        em.createNativeQuery("INSERT INTO store_qris (node, content_type, image, updated_at)"
                        + " VALUES (?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE content_type = VALUES(content_type),"
                        + " image = VALUES(image), updated_at = VALUES(updated_at)")
                .setParameter(1, identity.node()).setParameter(2, image.contentType()).setParameter(3, image.bytes())
                .executeUpdate();
        audit.record("UPDATE", "store_qris", null, image.contentType() + " " + image.bytes().length + " bytes");
    }

    public void remove() {
        em.createNativeQuery("DELETE FROM store_qris WHERE node = ?").setParameter(1, identity.node()).executeUpdate();
        audit.record("DELETE", "store_qris", null, null);
    }
}
