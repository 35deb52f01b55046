package id.cermin.report;

import id.cermin.platform.BusinessDay;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The business days a report covers ({@code dari}, {@code sampai}): today by default, in order, a year at most. */
record ReportRange(LocalDate from, LocalDate to) {

    private static final int MAX_DAYS = 366;

    static ReportRange of(HttpServletRequest request) {
        LocalDate today = BusinessDay.ofNode().today();
        LocalDate from = day(request.getParameter("dari"), today);
        LocalDate to = day(request.getParameter("sampai"), from);
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
    void expose(HttpServletRequest request) {
        request.setAttribute("from", from.toString());
        request.setAttribute("to", to.toString());
    }

    /** Where to go back to after a void: the same report, the same days. */
    static String backTo(String base, HttpServletRequest request) {
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
