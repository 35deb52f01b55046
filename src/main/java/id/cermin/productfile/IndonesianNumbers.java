package id.cermin.productfile;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers in a CSV as a spreadsheet set to Indonesian writes them: dots between thousands
 * and a decimal comma ({@code 1.250,5}, {@code 280.000}, {@code 8,5}). A number without a
 * comma whose dot is not a thousands separator ({@code 8.5}, {@code 4.25}) is read with a
 * decimal point, as the demo catalogue and English spreadsheets write it; {@code 1.500} is
 * one thousand five hundred. Rupiah may carry {@code Rp} and {@code ,00}.
 */
final class IndonesianNumbers {

    private static final Pattern INDONESIAN = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern POINT = Pattern.compile("\\d+\\.\\d{1,3}");
    private static final Pattern RUPIAH = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d{1,13})(,0{1,2})?");
    private static final long MAX_RUPIAH = 1_000_000_000_000L;

    private IndonesianNumbers() {
    }

    /** A quantity of at most 3 decimals, 0 or more, or empty. */
    static Optional<BigDecimal> quantity(String text) {
        String value = text.strip();
        BigDecimal number;
        if (POINT.matcher(value).matches() && !INDONESIAN.matcher(value).matches()) {
            number = new BigDecimal(value);
        } else if (INDONESIAN.matcher(value).matches()) {
            number = new BigDecimal(value.replace(".", "").replace(',', '.'));
        } else {
            return Optional.empty();
        }
        return number.stripTrailingZeros().scale() > 3 ? Optional.empty() : Optional.of(number);
    }

    /** Whole rupiah, 0 to one trillion, or empty. */
    static Optional<Long> rupiah(String text) {
        String value = text.strip();
        if (value.regionMatches(true, 0, "Rp", 0, 2)) {
            value = value.substring(2).strip();
        }
        if (!RUPIAH.matcher(value).matches()) {
            return Optional.empty();
        }
        int comma = value.indexOf(',');
        long amount = Long.parseLong((comma < 0 ? value : value.substring(0, comma)).replace(".", ""));
        return amount <= MAX_RUPIAH ? Optional.of(amount) : Optional.empty();
    }
}
