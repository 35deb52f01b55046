/**
 * The mirror: keeps a store's database and the hub's database the same, incrementally
 * and in both directions, so the counter always sells on its own database. Its rooms,
 * each using only the ones listed before it:
 * <ul>
 * <li>{@code schema}: what is mirrored ({@link id.cermin.mirror.schema.MirroredTable},
 * the one description of the mirrored tables and columns) and its rows, read by name.</li>
 * <li>{@code capture}: the capture triggers made from that description, and the change
 * log they fill, numbered in commit order.</li>
 * <li>{@code apply}: writing changes into a destination in one transaction with the
 * source's cursor: set union, last writer wins, conflicts, held groups.</li>
 * <li>{@code run}: one mirror run between a store and the hub (push, pull, bootstrap,
 * retention, run history).</li>
 * <li>{@code verify}: "Periksa data", the chunked comparison of both sides, and repair.</li>
 * <li>{@code web}: the mirror in the server: timer, button, status, pages.</li>
 * </ul>
 * Everything but {@code web} is plain JDBC with no container types, so it runs the same
 * in the server, a test and a benchmark.
 */
package id.cermin.mirror;
