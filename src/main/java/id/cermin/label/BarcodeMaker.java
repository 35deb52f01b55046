package id.cermin.label;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/**
 * Gives products without a barcode one: the store's prefix, a running number and the EAN
 * check digit, the next number after the highest code with that prefix. Makers on this
 * node queue on the store's setting row, so no number is given twice.
 */
@Stateless
public class BarcodeMaker {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private LabelSettings settings;

    @Inject
    private ProductRepository products;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    /** Gives a barcode to each of these products that has none; returns how many got one. */
    public int giveBarcodes(Collection<String> productIds) {
        String prefix = settings.prefix();
        em.createNativeQuery("INSERT INTO label_setting (node, barcode_prefix, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))"
                + " ON DUPLICATE KEY UPDATE node = node").setParameter(1, identity.node()).setParameter(2, prefix)
                .executeUpdate();
        em.createNativeQuery("SELECT node FROM label_setting WHERE node = ? FOR UPDATE").setParameter(1, identity.node())
                .getResultList();
        long next = highestNumber(prefix) + 1;
        int given = 0;
        for (String id : productIds.stream().distinct().sorted().toList()) {
            Product product = products.findForUpdate(id).orElse(null);
            if (product == null || product.getBarcode() != null) {
                continue;
            }
            String twelve = prefix + String.format("%0" + (12 - prefix.length()) + "d", next++);
            product.setBarcode(twelve + Ean13.checkDigit(twelve));
            product.stamp(identity.node());
            audit.record("UPDATE", "product", product.getId(), product.getName() + " barcode " + product.getBarcode());
            given++;
        }
        return given;
    }

    private long highestNumber(String prefix) {
        List<?> rows = em.createNativeQuery("SELECT MAX(barcode) FROM product WHERE barcode LIKE ? AND LENGTH(barcode) = 13"
                + " AND barcode REGEXP '^[0-9]+$'").setParameter(1, prefix + "%").getResultList();
        String highest = rows.isEmpty() ? null : (String) rows.get(0);
        return highest == null ? 0 : Long.parseLong(highest.substring(prefix.length(), 12));
    }
}
