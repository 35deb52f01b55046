package id.cermin.report;

import java.util.List;

/** A date range of sales and the totals of those not voided. */
public record SalesReport(List<SalesReportRow> rows, long total, long profit, long count) {

    static SalesReport of(List<SalesReportRow> rows) {
        long total = 0;
        long profit = 0;
        long count = 0;
        for (SalesReportRow row : rows) {
            if (!row.isVoided()) {
                total += row.total();
                profit += row.profit();
                count++;
            }
        }
        return new SalesReport(rows, total, profit, count);
    }
}
