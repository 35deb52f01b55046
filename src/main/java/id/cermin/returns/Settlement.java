package id.cermin.returns;

/**
 * How a customer is paid back for a return. CASH: money back from the drawer (counted
 * against the returning person's till shift). This is the extension point for a
 * customer's account: a CREDIT settlement would credit the sale's customer instead of
 * the drawer, in the same transaction as the return (and the database's check on
 * {@code sale_return.settlement} would allow it).
 */
public enum Settlement {
    CASH
}
