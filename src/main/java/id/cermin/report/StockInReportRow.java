package id.cermin.report;

import java.time.Instant;

/** One stock-in in the report, with the store that received the goods. */
public record StockInReportRow(String id, String reference, Instant receivedAt, String receivedBy, String supplier,
                               long lines, long totalCost, Instant voidedAt, String voidReason, String voidedBy,
                               String store) {

    public boolean isVoided() {
        return voidedAt != null;
    }
}
