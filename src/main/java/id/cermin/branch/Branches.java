package id.cermin.branch;

import id.cermin.platform.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The branches this node knows (from the hub, through the mirror). */
@ApplicationScoped
public class Branches {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** Every branch not retired, by node name. */
    public List<Branch> active() {
        return em.createNamedQuery("Branch.active", Branch.class).getResultList();
    }

    /** Every branch, retired ones too (their sales stay in the reports), by node name. */
    public List<Branch> all() {
        return em.createNamedQuery("Branch.all", Branch.class).getResultList();
    }

    /** The branches goods can be sent to from {@code node}: every active one but itself. */
    public List<Branch> otherThan(String node) {
        return active().stream().filter(b -> !b.getNode().equals(node)).toList();
    }

    public Optional<Branch> byNode(String node) {
        // Node names are ASCII, as their column: other text names no branch and is not asked.
        return !Ids.canBe(node) ? Optional.empty()
                : em.createNamedQuery("Branch.byNode", Branch.class).setParameter("node", node)
                        .getResultStream().findFirst();
    }
}
