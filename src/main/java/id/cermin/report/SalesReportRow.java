package id.cermin.report;

import java.math.BigDecimal;
import java.time.Instant;

/** One sale in the report, with its profit (price minus cost snapshot, times quantity) and the store that made it. */
public record SalesReportRow(String id, String receiptNo, Instant soldAt, String cashier, BigDecimal items,
                             long total, long profit, Instant voidedAt, String voidReason, String voidedBy,
                             String store) {

    public boolean isVoided() {
        return voidedAt != null;
    }
}
