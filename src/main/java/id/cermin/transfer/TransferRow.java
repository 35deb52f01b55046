package id.cermin.transfer;

import java.time.Instant;

/** One transfer in a list: where from and to, when and by whom, how many lines, and whether it arrived. */
public record TransferRow(String id, String reference, String fromStore, String toStore, Instant sentAt,
                          String sentBy, long lines, Instant receivedAt, String receivedBy) {

    public boolean isReceived() {
        return receivedAt != null;
    }
}
