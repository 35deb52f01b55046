package id.cermin.productfile;

import java.io.Serializable;
import java.util.List;

/**
 * An import as it would be saved: every row with what it would do or why it cannot, or a
 * reason the whole file cannot be read. Kept in the session until confirmed; nothing is
 * saved before.
 */
public record ImportPreview(String token, String fileName, List<ImportRow> rows, String fileError,
                            String fileErrorArgument) implements Serializable {

    public List<ImportRow> errors() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    public List<ImportRow> valid() {
        return rows.stream().filter(ImportRow::isValid).toList();
    }

    public long newProducts() {
        return valid().stream().filter(ImportRow::isNew).count();
    }

    public long changedProducts() {
        return valid().stream().filter(r -> !r.isNew()).count();
    }

    /** The first rows, for the page to show (the file may be long). */
    public List<ImportRow> sample() {
        return valid().stream().limit(50).toList();
    }
}
