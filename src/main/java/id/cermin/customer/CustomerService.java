package id.cermin.customer;

import id.cermin.account.AppUser;
import id.cermin.account.Role;
import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/**
 * Adds, changes and archives customers, one use case per transaction. Only an owner sets
 * or changes a credit limit; the audit log says who changed it, from what, to what.
 */
@Stateless
public class CustomerService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public Customer save(CustomerRequest form) {
        Map<String, String> errors = form.check();
        Customer customer = null;
        if (!form.isNew()) {
            customer = em.find(Customer.class, form.id(), LockModeType.PESSIMISTIC_WRITE);
            if (customer == null || customer.isArchived()) {
                errors.put("form", "error.notFound");
            }
        }
        long limitBefore = customer == null ? 0 : customer.getCreditLimit();
        AppUser editor = em.find(AppUser.class, form.editorId());
        if (form.creditLimit() != null && form.creditLimit() != limitBefore
                && (editor == null || editor.getRole() != Role.OWNER)) {
            errors.put("creditLimit", "error.limitOwnerOnly");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (customer == null) {
            customer = new Customer(form.name(), form.type());
        }
        customer.describe(form.name(), blankToNull(form.phone()), blankToNull(form.address()), form.type());
        customer.setCreditLimit(form.creditLimit());
        customer.stamp(identity.node());
        if (form.isNew()) {
            em.persist(customer);
        }
        audit.record(form.isNew() ? "CREATE" : "UPDATE", "customer", customer.getId(), customer.getName() + " "
                + customer.getType() + (form.creditLimit() == limitBefore ? ""
                : " limit " + limitBefore + " -> " + form.creditLimit()));
        return customer;
    }

    public Customer archive(String id) {
        Customer customer = id == null ? null : em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || customer.isArchived()) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        customer.archive();
        customer.stamp(identity.node());
        audit.record("ARCHIVE", "customer", id, customer.getName());
        return customer;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
