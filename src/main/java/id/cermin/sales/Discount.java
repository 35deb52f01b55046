package id.cermin.sales;

import id.cermin.web.FormInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A discount as the cashier gives it: an amount in rupiah ({@code 2000}, {@code 2.000}) or
 * a percentage ({@code 5%}, {@code 2,5%}) of what it is taken off, rounded to whole rupiah.
 */
public record Discount(BigDecimal percent, long amount) {

    public static final Discount NONE = new Discount(null, 0);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What was typed, read: NONE for nothing typed, empty when it is neither an amount nor a percentage to 100. */
    public static Optional<Discount> parse(String text) {
        String value = FormInput.text(text);
        if (value.isEmpty()) {
            return Optional.of(NONE);
        }
        var percent = PERCENT.matcher(value);
        if (percent.matches()) {
            BigDecimal p = new BigDecimal(percent.group(1).replace(',', '.'));
            return p.compareTo(HUNDRED) > 0 ? Optional.empty() : Optional.of(new Discount(p, 0));
        }
        return FormInput.rupiah(value).map(amount -> new Discount(null, amount));
    }

    /** The rupiah this discount takes off {@code gross}; may exceed it (the caller refuses that). */
    public long of(long gross) {
        if (percent == null) {
            return amount;
        }
        return BigDecimal.valueOf(gross).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
