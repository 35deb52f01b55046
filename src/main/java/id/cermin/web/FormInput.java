package id.cermin.web;

import id.cermin.platform.validation.InvalidInputException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into exact values, or nothing when it is not a valid
 * number: rupiah as whole numbers ({@code 15000}, {@code 15.000}), quantities with a
 * comma or a dot as decimal mark ({@code 2,5}, {@code 2.5}). Letters, exponents and
 * signs are never accepted; limits are the caller's.
 */
public final class FormInput {

    private static final Pattern RUPIAH = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,12}([.,]\\d{1,3})?");
    private static final long MAX_RUPIAH = 1_000_000_000_000L;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private FormInput() {
    }

    public static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Whole rupiah from 0 to one trillion, or empty. */
    public static Optional<Long> rupiah(String raw) {
        String value = text(raw).replace(" ", "");
        if (value.length() > 19 || !RUPIAH.matcher(value).matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(value.replace(".", ""));
        return amount <= MAX_RUPIAH ? Optional.of(amount) : Optional.empty();
    }

    /** The key a page gave its cart or form (a UUID), in lower case, or empty. */
    public static Optional<String> formKey(String raw) {
        String key = text(raw).toLowerCase();
        return UUID.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /** The key a form was given, or the form is refused: it cannot be told apart from a form sent twice. */
    public static String requiredFormKey(String raw) {
        return formKey(raw).orElseThrow(() -> InvalidInputException.of("form", "error.cartKey"));
    }

    /** A reason someone typed (for a void): 1 to 255 characters once trimmed, or empty. */
    public static Optional<String> reason(String raw) {
        String reason = text(raw);
        return reason.isEmpty() || reason.length() > 255 ? Optional.empty() : Optional.of(reason);
    }

    /** A whole number from 0 to {@code max} (days, labels), or empty. */
    public static Optional<Integer> whole(String raw, int max) {
        String value = text(raw);
        if (!value.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(value);
        return number <= max ? Optional.of(number) : Optional.empty();
    }

    /** A non-negative quantity with at most 3 decimals, or empty. */
    public static Optional<BigDecimal> quantity(String raw) {
        String value = text(raw);
        if (!QUANTITY.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }
}
