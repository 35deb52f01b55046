package id.cermin.branch;

import java.util.List;
import java.util.Map;

/** A page of products by store, the stores in column order, and how many products run low at each store. */
public record StockSheet(List<String> stores, List<ShelfRow> rows, Map<String, Long> lowCounts, long total, int page,
                         int pages) {
}
