package id.cermin.stockcount;

import java.util.List;

/**
 * Why stock was adjusted. Damaged, lost and own use only ever take stock away; OPNAME is
 * a counted difference; LAINNYA (other, with a note) may go either way.
 */
public enum AdjustmentReason {
    RUSAK, HILANG, PAKAI_SENDIRI, OPNAME, LAINNYA;

    /** The reasons a person picks for a single adjustment (an opname makes its own). */
    public static List<AdjustmentReason> byHand() {
        return List.of(RUSAK, HILANG, PAKAI_SENDIRI, LAINNYA);
    }

    /** Whether an adjustment for this reason may add stock. */
    public boolean mayAdd() {
        return this == OPNAME || this == LAINNYA;
    }
}
