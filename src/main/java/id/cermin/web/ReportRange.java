package id.cermin.web;

import id.cermin.platform.BusinessDay;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The business days a report or statement covers ({@code dari}, {@code sampai}): today by
 * default, in order, a year at most.
 */
public record ReportRange(LocalDate from, LocalDate to) {

    private static final int MAX_DAYS = 366;

    public static ReportRange of(HttpServletRequest request) {
        return of(request, BusinessDay.ofNode().today());
    }

    /** The range asked for; without {@code dari} it starts on {@code defaultFrom} and ends today. */
    public static ReportRange of(HttpServletRequest request, LocalDate defaultFrom) {
        LocalDate today = BusinessDay.ofNode().today();
        boolean fromGiven = request.getParameter("dari") != null && !request.getParameter("dari").isBlank();
        LocalDate from = day(request.getParameter("dari"), defaultFrom);
        LocalDate to = day(request.getParameter("sampai"), fromGiven ? from : today);
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            from = to.minusDays(MAX_DAYS);
        }
        return new ReportRange(from, to);
    }

    /** Puts the range where the views find it, as {@code from} and {@code to}. */
    public void expose(HttpServletRequest request) {
        request.setAttribute("from", from.toString());
        request.setAttribute("to", to.toString());
    }

    /** Where to go back to after a void: the same report, the same days. */
    public static String backTo(String base, HttpServletRequest request) {
        String back = request.getParameter("back");
        return back != null && back.matches("dari=\\d{4}-\\d{2}-\\d{2}&sampai=\\d{4}-\\d{2}-\\d{2}")
                ? base + "?" + back : base;
    }

    private static LocalDate day(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
