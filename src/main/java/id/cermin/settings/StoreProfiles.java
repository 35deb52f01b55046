package id.cermin.settings;

import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.SchemaReady;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This node's store details for receipts, its time zone and its discount limits
 * (node-local), with plain defaults until the owner sets them. The zone becomes the node's business day at start,
 * as soon as the schema is ready, and whenever it is saved.
 */
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
        if (profile.timeZone() == null) {
            errors.put("timeZone", "error.timeZone");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("INSERT INTO store_profile (node, name, address, phone, footer, time_zone, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                        + " address = VALUES(address), phone = VALUES(phone), footer = VALUES(footer),"
                        + " time_zone = VALUES(time_zone), updated_at = VALUES(updated_at)")
                .setParameter(1, identity.node()).setParameter(2, profile.name()).setParameter(3, profile.address())
                .setParameter(4, profile.phone()).setParameter(5, profile.footer())
                .setParameter(6, profile.timeZone().getId())
                .executeUpdate();
        useTimeZone(profile.timeZone());
    }

    /** Saves how much discount a cashier and an admin may give on their own. */
    @Transactional
    public void save(DiscountLimits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (limits.kasir() == null) {
            errors.put("kasirDiscountLimit", "error.percent");
        }
        if (limits.admin() == null) {
            errors.put("adminDiscountLimit", "error.percent");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StoreProfile profile = current();
        em.createNativeQuery("INSERT INTO store_profile (node, name, address, phone, footer, time_zone,"
                        + " kasir_discount_limit, admin_discount_limit, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
                        + " kasir_discount_limit = VALUES(kasir_discount_limit),"
                        + " admin_discount_limit = VALUES(admin_discount_limit), updated_at = VALUES(updated_at)")
                .setParameter(1, identity.node()).setParameter(2, profile.name()).setParameter(3, profile.address())
                .setParameter(4, profile.phone()).setParameter(5, profile.footer())
                .setParameter(6, profile.timeZone().getId()).setParameter(7, limits.kasir())
                .setParameter(8, limits.admin())
                .executeUpdate();
    }

    public DiscountLimits discountLimits() {
        List<?> rows = em.createNativeQuery(
                        "SELECT kasir_discount_limit, admin_discount_limit FROM store_profile WHERE node = ?")
                .setParameter(1, identity.node()).getResultList();
        if (rows.isEmpty()) {
            return DiscountLimits.DEFAULT;
        }
        Object[] row = (Object[]) rows.get(0);
        return new DiscountLimits((BigDecimal) row[0], (BigDecimal) row[1]);
    }

    public StoreProfile current() {
        List<?> rows = em.createNativeQuery(
                        "SELECT name, address, phone, footer, time_zone FROM store_profile WHERE node = ?")
                .setParameter(1, identity.node()).getResultList();
        if (rows.isEmpty()) {
            return new StoreProfile("Toko Bangunan", "", "", "Terima kasih atas kunjungan Anda",
                    BusinessDay.DEFAULT_ZONE);
        }
        Object[] row = (Object[]) rows.get(0);
        return new StoreProfile((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ZoneId.of((String) row[4]));
    }

    /** At start, before anything else runs: the saved zone becomes the node's business day. */
    void useSavedTimeZone(@Observes SchemaReady ready) {
        useTimeZone(current().timeZone());
    }

    private static void useTimeZone(ZoneId zone) {
        BusinessDay.useForNode(BusinessDay.ofNode().withZone(zone));
    }
}
