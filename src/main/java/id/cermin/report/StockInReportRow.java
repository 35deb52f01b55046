package id.cermin.report;

import java.time.Instant;

/** One stock-in in the report. */
public record StockInReportRow(String id, String reference, Instant receivedAt, String receivedBy, String supplier,
                               long lines, long totalCost, Instant voidedAt, String voidReason, String voidedBy) {

    public boolean isVoided() {
        return voidedAt != null;
    }
}
