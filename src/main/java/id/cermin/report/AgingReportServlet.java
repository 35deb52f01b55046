package id.cermin.report;

import id.cermin.customer.Aging;
import id.cermin.customer.Receivables;
import id.cermin.platform.BusinessDay;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * Umur piutang: {@code /laporan/piutang}, every customer who owes something, split by how
 * old the bons still open are (0–30, 31–60, 61–90, over 90 days), as of today; prints on A4.
 */
@WebServlet("/laporan/piutang")
public class AgingReportServlet extends HttpServlet {

    @Inject
    private Receivables receivables;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<Aging> rows = receivables.aging();
        Aging totals = rows.stream().reduce(Aging::plus).orElse(null);
        request.setAttribute("rows", rows);
        request.setAttribute("totals", totals);
        request.setAttribute("today", BusinessDay.ofNode().today().toString());
        Views.render("report/aging", request, response);
    }
}
