package id.cermin.returns;

import java.math.BigDecimal;
import java.util.List;

/**
 * A return read from its form: the form's key (sent twice, returned once), the sale or
 * goods receipt, why, whether the goods go back on the shelf (sales only), how the
 * customer is paid back (sales only), the quantities per line (null when it was no
 * quantity; zero or blank lines are not returned), and who does it.
 */
public record ReturnRequest(String idempotencyKey, String sourceId, String reason, boolean restock,
                            Settlement settlement, List<Line> lines, String userId) {

    /** How much of one line comes back. */
    public record Line(String lineId, BigDecimal quantity) {
    }
}
