package id.cermin.web;

/**
 * Text for a cell of a CSV file opened in Excel, which takes a cell that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} (also after spaces), or with a tab or a carriage
 * return, for a formula ({@code =HYPERLINK(...)} typed as a void reason would become a link).
 * Such text gets a leading apostrophe, which Excel shows as plain text (OWASP's advice);
 * every other text is written as it is. Numbers never pass through here. A file Cermin wrote
 * and reads back (the product list) loses the apostrophe again ({@link #read}).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** A cell's text as it was before {@link #of}: an apostrophe before a formula's start goes. */
    public static String read(String cell) {
        return cell.startsWith("'") && startsLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
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
