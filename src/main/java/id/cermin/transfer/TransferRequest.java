package id.cermin.transfer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods to send, read from the send page: the form's own key (a re-sent form sends
 * once), who sends them, to which store (its node name), a note as typed (trimmed) and
 * the lines. A quantity that was no number at all is null, refused like one out of range.
 */
public record TransferRequest(String idempotencyKey, String sentBy, String toStore, String note, List<Line> lines) {

    /** One line: which product, how much (in its unit). */
    public record Line(String productId, BigDecimal quantity) {
    }
}
