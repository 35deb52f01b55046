package id.cermin.web;

import id.cermin.platform.BusinessDay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The business days a report or statement covers ({@code dari}, {@code sampai}): today by
 * default, in order, a year at most, within 2000–2099. A date that is no date or lies outside
 * those years ({@code +999999999-12-31}) is not used: the page says so and shows the default
 * instead, a CSV download is refused with the same message.
 */
public record ReportRange(LocalDate from, LocalDate to, boolean dateRefused) {

    private static final int MAX_DAYS = 366;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    private static final String DATE_ERROR = "error.reportDate";

    public static ReportRange of(HttpServletRequest request) {
        return of(request, BusinessDay.ofNode().today());
    }

    /** The range asked for; without {@code dari} it starts on {@code defaultFrom} and ends today. */
    public static ReportRange of(HttpServletRequest request, LocalDate defaultFrom) {
        LocalDate today = BusinessDay.ofNode().today();
        String fromText = request.getParameter("dari");
        String toText = request.getParameter("sampai");
        Optional<LocalDate> typedFrom = day(fromText);
        Optional<LocalDate> typedTo = day(toText);
        boolean refused = typedFrom.isEmpty() && !isBlank(fromText) || typedTo.isEmpty() && !isBlank(toText);
        LocalDate from = typedFrom.orElse(defaultFrom);
        LocalDate to = typedTo.orElse(typedFrom.isPresent() ? from : today);
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            from = to.minusDays(MAX_DAYS);
        }
        return new ReportRange(from, to, refused);
    }

    /** Puts the range where the views find it, as {@code from} and {@code to}. */
    public void expose(HttpServletRequest request) {
        request.setAttribute("from", from.toString());
        request.setAttribute("to", to.toString());
        if (dateRefused) {
            request.setAttribute("dateError", DATE_ERROR);
        }
    }

    /**
     * For a download, where no page can say it: a refused date is answered with 400 and the
     * message; true when the download may go ahead.
     */
    public boolean acceptedFor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (dateRefused) {
            request.setAttribute("refusedInput", DATE_ERROR);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        return !dateRefused;
    }

    /** Where to go back to after a void: the same report, the same days. */
    public static String backTo(String base, HttpServletRequest request) {
        String back = request.getParameter("back");
        return back != null && back.matches("dari=\\d{4}-\\d{2}-\\d{2}&sampai=\\d{4}-\\d{2}-\\d{2}")
                ? base + "?" + back : base;
    }

    /** The day typed, when it is one within the years reports cover. */
    private static Optional<LocalDate> day(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
