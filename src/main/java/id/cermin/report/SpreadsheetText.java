package id.cermin.report;

/**
 * Text for a cell of a CSV file opened in Excel, which takes a cell that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} (also after spaces), or with a tab or a carriage
 * return, for a formula ({@code =HYPERLINK(...)} typed as a void reason would become a link).
 * Such text gets a leading apostrophe, which Excel shows as plain text (OWASP's advice);
 * every other text is written as it is. Numbers never pass through here.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return startsLikeFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeFormula(String text) {
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        String trimmed = text.stripLeading().replaceFirst("^\\u00A0+", "");
        return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
    }
}
