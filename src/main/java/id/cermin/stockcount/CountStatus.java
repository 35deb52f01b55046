package id.cermin.stockcount;

/** Where an opname stands: being counted, confirmed into adjustments, or cancelled. */
public enum CountStatus {
    OPEN, CONFIRMED, CANCELLED
}
