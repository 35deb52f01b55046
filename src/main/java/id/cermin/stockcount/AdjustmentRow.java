package id.cermin.stockcount;

import java.math.BigDecimal;
import java.time.Instant;

/** An adjustment as the list shows it, with its value (quantity × cost price then). */
public record AdjustmentRow(Instant at, String product, String unit, BigDecimal delta, AdjustmentReason reason,
                            String note, long unitCost, String by, String countReference) {

    public long value() {
        return Quantities.value(delta, unitCost);
    }
}
