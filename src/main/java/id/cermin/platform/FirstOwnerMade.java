package id.cermin.platform;

/**
 * Fired in the transaction that makes a node's first owner account ({@code /setup}): the
 * first start of a real install, where nothing else has been made yet. Observers give the
 * new install what it needs to sell (the usual units) without the accounts knowing them.
 * A new store never fires it: it takes its users, and everything else, from the hub.
 */
public record FirstOwnerMade(String username) {
}
