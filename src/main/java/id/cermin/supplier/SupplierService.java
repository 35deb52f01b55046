package id.cermin.supplier;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds, edits, archives and restores suppliers; one use case per transaction. */
@Stateless
public class SupplierService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public List<Supplier> active() {
        return em.createNamedQuery("Supplier.active", Supplier.class).getResultList();
    }

    public List<Supplier> archived() {
        return em.createNamedQuery("Supplier.archived", Supplier.class).getResultList();
    }

    public Optional<Supplier> find(String id) {
        return Optional.ofNullable(id == null || id.isEmpty() ? null : em.find(Supplier.class, id));
    }

    /** Adds a supplier (empty id) or changes one; fields as typed, trimmed. */
    public Supplier save(String id, String name, String phone, String address) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", "error.required");
        } else if (name.length() > 150) {
            errors.put("name", "error.tooLong150");
        }
        if (phone.length() > 40) {
            errors.put("phone", "error.tooLong40");
        }
        if (address.length() > 255) {
            errors.put("address", "error.tooLong255");
        }
        boolean isNew = id == null || id.isEmpty();
        Supplier supplier = isNew ? new Supplier(name)
                : Optional.ofNullable(em.find(Supplier.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (supplier == null) {
            errors.put("form", "error.notFound");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        supplier.describe(name, phone, address);
        supplier.stamp(identity.node());
        if (isNew) {
            em.persist(supplier);
        }
        audit.record(isNew ? "CREATE" : "UPDATE", "supplier", supplier.getId(), name);
        return supplier;
    }

    public Supplier archive(String id, boolean archive) {
        Supplier supplier = Optional.ofNullable(id == null ? null : em.find(Supplier.class, id,
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        if (archive) {
            supplier.archive();
        } else {
            supplier.restore();
        }
        supplier.stamp(identity.node());
        audit.record(archive ? "ARCHIVE" : "RESTORE", "supplier", id, supplier.getName());
        return supplier;
    }
}
