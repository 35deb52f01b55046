package id.cermin.mirror.capture;

/** A database taking part in the mirror: its own id (new for every fresh install) and node name. */
public record NodeRef(String dbId, String node, long seq) {
}
