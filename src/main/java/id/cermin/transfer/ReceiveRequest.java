package id.cermin.transfer;

/** "Terima barang": which transfer arrived, who takes it in, and a note as typed (trimmed, may be empty). */
public record ReceiveRequest(String transferId, String receivedBy, String note) {
}
