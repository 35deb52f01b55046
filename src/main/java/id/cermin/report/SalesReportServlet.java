package id.cermin.report;

import id.cermin.sales.CheckoutService;
import id.cermin.sales.VoidService;
import id.cermin.web.Flash;
import id.cermin.web.Format;
import id.cermin.web.InvalidInputException;
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
 * Laporan barang keluar: {@code /laporan/keluar?dari=&sampai=} (Jakarta days, default
 * today; prints on A4), {@code /laporan/keluar/csv?dari=&sampai=} (the same rows for
 * Excel), {@code /laporan/keluar/detail?id=}, POST {@code /laporan/keluar/batal} (void
 * with a reason).
 */
@WebServlet(urlPatterns = {"/laporan/keluar", "/laporan/keluar/*"})
public class SalesReportServlet extends HttpServlet {

    private static final int MAX_DAYS = 366;

    @Inject
    private ReportQueries reports;

    @Inject
    private CheckoutService sales;

    @Inject
    private VoidService voids;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> list(request, response);
            case "/csv" -> csv(request, response);
            case "/detail" -> {
                var sale = sales.find(request.getParameter("id"));
                if (sale.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute("sale", sale.get());
                Views.render("report/sale-detail", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"/batal".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var sale = voids.voidSale(request.getParameter("id"), request.getParameter("reason"),
                    request.getRemoteUser());
            Flash.success(request, "flash.voided", sale.getReceiptNo());
        } catch (InvalidInputException e) {
            Flash.error(request, e.errors().values().iterator().next(), null);
        }
        String back = request.getParameter("back");
        Views.redirect(back != null && back.matches("dari=\\d{4}-\\d{2}-\\d{2}&sampai=\\d{4}-\\d{2}-\\d{2}")
                ? "/laporan/keluar?" + back : "/laporan/keluar", request, response);
    }

    private void list(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        LocalDate[] range = range(request);
        request.setAttribute("from", range[0].toString());
        request.setAttribute("to", range[1].toString());
        request.setAttribute("report", reports.sales(range[0], range[1]));
        Views.render("report/sales", request, response);
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate[] range = range(request);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"laporan-keluar-" + range[0] + "-" + range[1] + ".csv\"");
        SalesCsv.write(reports.sales(range[0], range[1]), response.getWriter());
    }

    /** The Jakarta days asked for: today by default, at most a year, in order. */
    private static LocalDate[] range(HttpServletRequest request) {
        LocalDate today = LocalDate.now(Format.JAKARTA);
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
        return new LocalDate[]{from, to};
    }

    private static LocalDate day(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
