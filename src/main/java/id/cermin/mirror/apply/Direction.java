package id.cermin.mirror.apply;

/**
 * Which way changes travel: a store's changes to the hub (PUSH) or the hub's to a store
 * (PULL). Held changes are filed under it at their destination.
 */
public enum Direction {
    PUSH,
    PULL
}
