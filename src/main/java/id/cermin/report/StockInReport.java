package id.cermin.report;

import java.util.List;

/** A date range of stock-ins and the total cost of those not voided. */
public record StockInReport(List<StockInReportRow> rows, long totalCost, long count) {

    static StockInReport of(List<StockInReportRow> rows) {
        long total = 0;
        long count = 0;
        for (StockInReportRow row : rows) {
            if (!row.isVoided()) {
                total += row.totalCost();
                count++;
            }
        }
        return new StockInReport(rows, total, count);
    }
}
