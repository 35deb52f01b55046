package id.cermin.mirror.web;

import java.util.List;

/**
 * A mirrored row as the owner knows it: a message key ({@code row.product} = "Barang {0}")
 * with the names that fill it (the product's name, a receipt number), never a table or an id.
 */
public record RowLabel(String key, List<String> arguments) {

    static final RowLabel MISSING = new RowLabel("row.missing", List.of());

    static RowLabel of(String key, String... arguments) {
        return new RowLabel(key, List.of(arguments));
    }
}
