/**
 * The mirror: keeps a store's database and the hub's database the same, incrementally
 * and in both directions, so the counter always sells on its own database.
 * <p>
 * Triggers (V3__mirror.sql) capture every write to a mirrored table into
 * {@code mirror_change}, numbered in commit order. {@link id.cermin.mirror.MirrorEngine}
 * (plain JDBC, no container types) reads whole transactions from one side's log and
 * {@link id.cermin.mirror.BatchApplier} writes them to the other side in one
 * transaction that also moves that source's cursor: insert-only rows merge as sets,
 * master data last-writer-wins with conflicts recorded, stock follows the mirrored
 * ledger. {@link id.cermin.mirror.Verifier} compares both sides by chunked checksums.
 * The servlets and {@link id.cermin.mirror.MirrorService} put it in the store server:
 * a timer, the Sinkronkan button, the status JSON and the pages.
 */
package id.cermin.mirror;
