package id.cermin.branch;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One store of the chain (cabang), known by its node name ({@code S2}) and named for
 * people ("Cabang Bekasi"). Its id is made from the node name, so the same branch made
 * on two nodes is the same row to the mirror.
 */
@Entity
@Table(name = "branch")
@NamedQuery(name = "Branch.active", query = "SELECT b FROM Branch b WHERE b.archivedAt IS NULL ORDER BY b.node")
@NamedQuery(name = "Branch.all", query = "SELECT b FROM Branch b ORDER BY b.node")
@NamedQuery(name = "Branch.byNode", query = "SELECT b FROM Branch b WHERE b.node = :node")
public class Branch extends MasterRecord {

    @Column(nullable = false, length = 32, updatable = false)
    private String node;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 255)
    private String address;

    protected Branch() {
    }

    /** The id of the branch of this node, the same on every node. */
    public static String idOf(String node) {
        return UUID.nameUUIDFromBytes(("cermin-branch/" + node).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String getNode() {
        return node;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** The node name, and the branch's own name when it has one of its own. */
    public String getLabel() {
        return name.equals(node) ? node : name + " (" + node + ")";
    }
}
