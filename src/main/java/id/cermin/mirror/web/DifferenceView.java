package id.cermin.mirror.web;

import id.cermin.mirror.verify.Verifier;

import java.util.List;
import java.util.Map;

/**
 * What "Periksa data" found in one kind of data, as the owner reads it: the kind
 * ({@code table.*} key), how many differ, and the first of them by name or receipt number.
 */
public record DifferenceView(String tableKey, int count, List<RowLabel> shown) {

    static final int SHOWN = 100;

    static List<DifferenceView> of(Verifier.Report report, RowLabels labels) {
        return report.differences().stream().map(d -> {
            List<String> ids = d.rowIds().subList(0, Math.min(SHOWN, d.rowIds().size()));
            Map<String, RowLabel> named = labels.of(d.table().sqlName(), ids);
            return new DifferenceView(RowLabels.tableKey(d.table().sqlName()), d.rowIds().size(),
                    ids.stream().map(named::get).toList());
        }).toList();
    }

    /** The products whose stock does not match their history, by name. */
    static DifferenceView stock(List<String> productIds, RowLabels labels) {
        List<String> ids = productIds.subList(0, Math.min(SHOWN, productIds.size()));
        Map<String, RowLabel> named = labels.of("product", ids);
        return new DifferenceView("table.product", productIds.size(), ids.stream().map(named::get).toList());
    }

    /** How many differ beyond those shown. */
    public int more() {
        return count - shown.size();
    }
}
