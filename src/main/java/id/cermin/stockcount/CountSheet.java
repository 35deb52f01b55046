package id.cermin.stockcount;

import java.util.List;

/**
 * An opname with its sheet: every product in scope, how many are counted, how many
 * differ, and the value of the differences (short and over apart, and net).
 */
public record CountSheet(StockCount count, String category, CountStatus status, List<CountLine> lines) {

    public long countedLines() {
        return lines.stream().filter(CountLine::isCounted).count();
    }

    public long differingLines() {
        return lines.stream().filter(l -> l.difference().signum() != 0).count();
    }

    public long shortValue() {
        return lines.stream().mapToLong(CountLine::value).filter(v -> v < 0).sum();
    }

    public long overValue() {
        return lines.stream().mapToLong(CountLine::value).filter(v -> v > 0).sum();
    }

    public long netValue() {
        return shortValue() + overValue();
    }

    public boolean isOpen() {
        return status == CountStatus.OPEN;
    }
}
