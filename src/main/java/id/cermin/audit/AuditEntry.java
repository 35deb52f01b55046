package id.cermin.audit;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the trail; never changed after it is written. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = "AuditEntry.forEntity",
        query = "SELECT a FROM AuditEntry a WHERE a.entityId = :entityId ORDER BY a.at DESC")
@NamedQuery(name = "AuditEntry.recentOfAction",
        query = "SELECT a FROM AuditEntry a WHERE a.action = :action AND a.at >= :since ORDER BY a.at DESC")
public class AuditEntry {

    @Id
    private String id;
    @Column(nullable = false)
    private Instant at;
    private String username;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String entity;
    @Column(name = "entity_id")
    private String entityId;
    private String detail;
    @Column(name = "origin_node", nullable = false)
    private String originNode;

    protected AuditEntry() {
    }

    AuditEntry(String username, String action, String entity, String entityId, String detail, String originNode) {
        this.id = Ids.newId();
        this.at = Instant.now();
        this.username = username;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.originNode = originNode;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntity() {
        return entity;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public String getOriginNode() {
        return originNode;
    }
}
