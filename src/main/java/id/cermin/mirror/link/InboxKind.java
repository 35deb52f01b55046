package id.cermin.mirror.link;

/**
 * What a store puts into the hub's inbox: a batch of its change log (moves its cursor at
 * the hub), a held group sent again with its rows as they are now, or rows a comparison
 * found the hub lacks.
 */
public enum InboxKind {
    BATCH,
    RETRY,
    REPAIR
}
