package id.cermin.audit;

import id.cermin.platform.NodeIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** Writes audit entries inside the caller's transaction, so a change and its trail commit together. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    @Inject
    private SecurityContext security;

    public void record(String action, String entity, String entityId, String detail) {
        Principal caller = security.getCallerPrincipal();
        recordAs(caller == null ? null : caller.getName(), action, entity, entityId, detail);
    }

    /** An entry for a named user, when the caller is not (yet) signed in: a login. */
    public void recordAs(String username, String action, String entity, String entityId, String detail) {
        em.persist(new AuditEntry(username, action, entity, entityId, detail, identity.node()));
    }
}
