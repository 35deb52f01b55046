package id.cermin.report;

/**
 * The SQL that says what a sale earned and whether it counts, in one place, so that the
 * report and the dashboard can never disagree. Profit of a sale = its total (after every
 * line discount and its own discount) minus the cost snapshots of its lines (cost of one
 * base unit × quantity × base units per unit sold, rounded once per sale).
 */
public final class SaleFigures {

    /** Profit of the sale aliased {@code s}. */
    public static final String PROFIT = "s.total - COALESCE((SELECT ROUND(SUM(l.unit_cost * l.quantity * l.unit_factor))"
            + " FROM sale_line l WHERE l.sale_id = s.id), 0)";

    /** The cash a sale kept (handed over less change) aliased {@code s}. */
    public static final String CASH_KEPT = "s.paid - s.non_cash - s.change_due";

    /** True when the sale aliased {@code s} was not voided. */
    public static final String NOT_VOIDED = "NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.sale_id = s.id)";

    private SaleFigures() {
    }
}
