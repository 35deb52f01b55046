package id.cermin.inventory;

import java.util.List;

/**
 * A sale or a stock-in as its void sees it: where it was made, how it is named, and the
 * stock it moved, which the void moves back.
 */
public interface Voidable {

    String getId();

    String getOriginNode();

    /** Its receipt number or reference. */
    String getReference();

    /** Its table, for the audit trail: {@code sale}, {@code stock_in}. */
    String auditEntity();

    /** The kind of the movements that take it back. */
    MovementKind voidKind();

    /** What it moved, line by line. */
    List<StockMove> movements();
}
