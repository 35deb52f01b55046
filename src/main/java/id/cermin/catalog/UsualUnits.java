package id.cermin.catalog;

import id.cermin.platform.FirstOwnerMade;
import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * The units a toko bangunan sells in. A real install gets them when its owner account is
 * made, so the owner can add a first product straight away; the demo loads the same list.
 * Made as ordinary catalogue rows on the node where the owner is made (the hub), they
 * travel to every store with the rest of the master data.
 */
@ApplicationScoped
public class UsualUnits {

    public static final List<String> CODES = List.of("pcs", "sak", "batang", "lembar", "meter", "kg", "m²", "m³",
            "kaleng", "roll", "dus");
    private static final Set<String> FRACTIONS = Set.of("meter", "kg", "m²", "m³");

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    public static boolean allowsFraction(String code) {
        return FRACTIONS.contains(code);
    }

    /** Adds the usual units to a catalogue that has none yet; one with units is left as it is. */
    void seed(@Observes FirstOwnerMade made) {
        if (!em.createNamedQuery("Unit.all", Unit.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        for (String code : CODES) {
            Unit unit = new Unit(code, allowsFraction(code));
            unit.stamp(identity.node());
            em.persist(unit);
        }
    }
}
