package id.cermin.till;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The end of a shift: the cash counted in the drawer and the cash expected at that moment
 * (kept as it was then, so a later void does not rewrite a closed shift), the difference
 * being their gap. At most one per shift.
 */
@Entity
@Table(name = "till_shift_close")
@NamedQuery(name = "TillShiftClose.ofShift", query = "SELECT c FROM TillShiftClose c WHERE c.shiftId = :shiftId")
public class TillShiftClose {

    @Id
    private String id;
    @Column(name = "shift_id", nullable = false, updatable = false)
    private String shiftId;
    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;
    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;
    @Column(name = "expected_cash", nullable = false, updatable = false)
    private long expectedCash;
    @Column(name = "counted_cash", nullable = false, updatable = false)
    private long countedCash;
    @Column(updatable = false)
    private String note;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected TillShiftClose() {
    }

    TillShiftClose(String shiftId, Instant closedAt, String closedBy, long expectedCash, long countedCash, String note,
                   String originNode) {
        this.id = Ids.newId();
        this.shiftId = shiftId;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.expectedCash = expectedCash;
        this.countedCash = countedCash;
        this.note = note;
        this.originNode = originNode;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public long getExpectedCash() {
        return expectedCash;
    }

    public long getCountedCash() {
        return countedCash;
    }

    public String getNote() {
        return note;
    }
}
