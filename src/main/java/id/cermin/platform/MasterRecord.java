package id.cermin.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every row of master data (users, categories, units, products) carries: an id
 * made here, an archive mark instead of deletion, and the version and origin node of
 * its last write, which the mirror compares to let the last writer win.
 */
@MappedSuperclass
public abstract class MasterRecord {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Column(name = "origin_node", nullable = false)
    private String originNode;

    protected MasterRecord() {
        this.id = Ids.newId();
    }

    /** Marks a write made on {@code node} now: a new version, this node as its origin. */
    public void stamp(String node) {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        // Above the version this row has here, whatever this machine's clock says.
        HybridClock.observe(rowVersion);
        rowVersion = Math.max(HybridClock.next(), rowVersion + 1);
        originNode = node;
    }

    public void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }

    public void restore() {
        archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public String getId() {
        return id;
    }

    protected void setId(String id) {
        this.id = id;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public String getOriginNode() {
        return originNode;
    }
}
