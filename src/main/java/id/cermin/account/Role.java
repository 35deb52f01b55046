package id.cermin.account;

/**
 * The three roles of a store: the owner does everything, an admin runs the catalogue,
 * stock-in, reports and the mirror, a cashier works the counter only.
 */
public enum Role {
    OWNER, ADMIN, KASIR
}
