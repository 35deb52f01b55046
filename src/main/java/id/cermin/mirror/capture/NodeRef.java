package id.cermin.mirror.capture;

/**
 * A database taking part in the mirror: its own id (new for every fresh install), its
 * incarnation (new at every restore), the node that writes to it, and its change counter.
 */
public record NodeRef(String dbId, String incarnation, String node, long seq) {
}
