package id.cermin.platform;

/**
 * Fired when a transaction that wrote something the other side must see (a sale, goods
 * received, an adjustment) is about to commit: the mirror sends it soon after the commit
 * instead of waiting for its timer. Observers must not do the sending in the writer's thread.
 */
public record LocalWrite(String kind) {
}
