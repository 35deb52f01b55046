package id.cermin.audit;

import id.cermin.platform.BusinessDay;
import id.cermin.web.FormInput;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /audit?dari=&sampai=&pengguna=&aksi=&data=&hal=}: the audit trail for the owner
 * (price changes, voids, returns, adjustments, logins, user changes...), the last seven
 * business days by default.
 */
@WebServlet("/audit")
public class AuditServlet extends HttpServlet {

    private static final int DEFAULT_DAYS = 7;

    @Inject
    private AuditQueries audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        LocalDate today = BusinessDay.ofNode().today();
        LocalDate from = day(request.getParameter("dari"), today.minusDays(DEFAULT_DAYS - 1));
        LocalDate to = day(request.getParameter("sampai"), today);
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        AuditQueries.Filter filter = new AuditQueries.Filter(from, to, FormInput.text(request.getParameter("pengguna")),
                FormInput.text(request.getParameter("aksi")), FormInput.text(request.getParameter("data")));
        long total = audit.count(filter);
        int pages = (int) Math.max(1, (total + AuditQueries.PAGE_SIZE - 1) / AuditQueries.PAGE_SIZE);
        int page = Math.min(Views.page(request), pages);
        request.setAttribute("filter", filter);
        request.setAttribute("entries", audit.page(filter, page));
        request.setAttribute("total", total);
        request.setAttribute("page", page);
        request.setAttribute("pages", pages);
        request.setAttribute("users", audit.values("username"));
        request.setAttribute("actions", audit.values("action"));
        request.setAttribute("entities", audit.values("entity"));
        Views.render("audit/audit", request, response);
    }

    private static LocalDate day(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
