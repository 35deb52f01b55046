package id.cermin.platform;

/**
 * Fired once at start-up when this node's database has the current schema, before any
 * other start-up work: observers that must prepare the database for this node (the
 * mirror names the node whose changes it captures) or read what the node needs first
 * (the store's time zone) do it then, without the schema's owner knowing them.
 */
public record SchemaReady(String node) {
}
