package id.cermin.stockin;

import java.util.List;

/** A stock-in form as sent: product ids, quantities and unit costs as typed; with who receives the goods. */
public record StockInRequest(String idempotencyKey, String receivedBy, String supplier, String note,
                             boolean updateCost, List<Line> lines) {

    /** One received line. */
    public record Line(String productId, String quantity, String unitCost) {
    }
}
