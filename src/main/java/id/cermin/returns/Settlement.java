package id.cermin.returns;

/**
 * How a customer is paid back for a return. CASH: money back from the drawer (counted
 * against the returning person's till shift). CREDIT: credited to the sale's customer's
 * account at this store, in the same transaction as the return: it takes what it can off
 * that sale's bon and the rest off what the customer owes (see
 * {@link id.cermin.customer.Receivables}); no money leaves the drawer.
 */
public enum Settlement {
    CASH, CREDIT
}
