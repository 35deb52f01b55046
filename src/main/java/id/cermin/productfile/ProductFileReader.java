package id.cermin.productfile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a product file into rows, each checked on its own (required values, lengths,
 * numbers): the checks that need the catalogue are the import service's. The separator
 * is the one the header line uses (a semicolon from Excel set to Indonesian, or a comma).
 */
final class ProductFileReader {

    static final int MAX_ROWS = 10_000;

    /** A file that cannot be read as a product file at all: a message key and what it names. */
    static final class Unreadable extends Exception {
        final String key;
        final String argument;

        Unreadable(String key, String argument) {
            super(key);
            this.key = key;
            this.argument = argument;
        }
    }

    private ProductFileReader() {
    }

    static List<ImportRow> read(Reader source) throws IOException, Unreadable {
        BufferedReader in = new BufferedReader(source);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        in.mark(64 * 1024);
        String header = in.readLine();
        if (header == null) {
            throw new Unreadable("error.importEmpty", null);
        }
        in.reset();
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(in)) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String required : ProductCsv.REQUIRED) {
                if (!columns.contains(required)) {
                    throw new Unreadable("error.importColumn", required);
                }
            }
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new Unreadable("error.importTooLong", Integer.toString(MAX_ROWS));
                }
                rows.add(row(record, columns));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Unreadable("error.importUnreadable", e.getMessage());
        }
        return rows;
    }

    private static ImportRow row(CSVRecord record, List<String> columns) {
        // Empty lines are records too (skipped above), so the header and the record number give the line.
        int line = (int) record.getRecordNumber() + 1;
        String category = value(record, columns, "category");
        String barcode = value(record, columns, "barcode");
        String name = value(record, columns, "name");
        String unit = value(record, columns, "unit");
        Optional<Long> cost = IndonesianNumbers.rupiah(value(record, columns, "cost_price"));
        Optional<Long> sell = IndonesianNumbers.rupiah(value(record, columns, "sell_price"));
        String minText = value(record, columns, "min_stock");
        String openingText = value(record, columns, "opening_stock");
        Optional<BigDecimal> min = minText.isEmpty() ? Optional.of(BigDecimal.ZERO) : IndonesianNumbers.quantity(minText);
        Optional<BigDecimal> opening = openingText.isEmpty() ? Optional.of(BigDecimal.ZERO)
                : IndonesianNumbers.quantity(openingText);
        ImportRow row = new ImportRow(line, value(record, columns, "code"), category, barcode, name, unit,
                cost.orElse(null), sell.orElse(null), min.orElse(null), opening.orElse(null), null, null, null);
        if (!record.isConsistent()) {
            return row.refused("error.importColumns", Integer.toString(record.size()));
        }
        if (name.isEmpty()) {
            return row.refused("error.importName", null);
        }
        if (name.length() > 150) {
            return row.refused("error.tooLong150", null);
        }
        if (category.isEmpty() || category.length() > 100) {
            return row.refused("error.importCategory", null);
        }
        if (unit.isEmpty()) {
            return row.refused("error.importUnit", null);
        }
        if (!barcode.isEmpty() && !barcode.matches("[0-9A-Za-z-]{1,64}")) {
            return row.refused("error.barcode", null);
        }
        if (cost.isEmpty()) {
            return row.refused("error.importCost", value(record, columns, "cost_price"));
        }
        if (sell.isEmpty()) {
            return row.refused("error.importSell", value(record, columns, "sell_price"));
        }
        if (min.isEmpty()) {
            return row.refused("error.importMinStock", minText);
        }
        if (opening.isEmpty()) {
            return row.refused("error.importOpeningStock", openingText);
        }
        return row;
    }

    private static String value(CSVRecord record, List<String> columns, String column) {
        int index = columns.indexOf(column);
        return index < 0 || index >= record.size() ? "" : record.get(index).strip();
    }
}
