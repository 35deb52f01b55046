package id.cermin.mirror.schema;

/** Rows in a range of keys and the sum of their checksums: two sides agree on the range when both do. */
public record Checksum(long rows, long crcSum) {
}
