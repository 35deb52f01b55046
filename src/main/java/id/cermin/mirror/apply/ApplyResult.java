package id.cermin.mirror.apply;

import java.util.ArrayList;
import java.util.List;

/** What applying changes did: rows written, concurrent overwrites found, groups held back. */
public final class ApplyResult {

    private boolean alreadyApplied;
    private int rowsWritten;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<HeldGroup> held = new ArrayList<>();

    static ApplyResult alreadyApplied() {
        ApplyResult r = new ApplyResult();
        r.alreadyApplied = true;
        return r;
    }

    void add(ApplyResult other) {
        rowsWritten += other.rowsWritten;
        conflicts.addAll(other.conflicts);
        held.addAll(other.held);
    }

    void wrote(int rows) {
        rowsWritten += rows;
    }

    /** True when the destination's cursor showed the batch was applied before: nothing was done. */
    public boolean isAlreadyApplied() {
        return alreadyApplied;
    }

    public int rowsWritten() {
        return rowsWritten;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<HeldGroup> held() {
        return held;
    }
}
