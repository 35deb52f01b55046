package id.cermin.dashboard;

import id.cermin.mirror.web.MirrorStatusQueries;
import id.cermin.platform.BusinessDay;
import id.cermin.report.TakingsQueries;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /}: the dashboard (the first steps until the first sale, counts, profit, today's takings by payment method, last sale,
 * 30 days of sales, low stock, this node and its mirror).
 */
@WebServlet("")
public class DashboardServlet extends HttpServlet {

    @Inject
    private DashboardQueries queries;

    @Inject
    private MirrorStatusQueries mirror;

    @Inject
    private TakingsQueries takings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        DashboardQueries.Summary summary = queries.summary();
        request.setAttribute("summary", summary);
        if (summary.sales() == 0) {
            request.setAttribute("units", queries.units());
        }
        request.setAttribute("lowStock", queries.lowStock(10));
        request.setAttribute("lastSale", queries.lastSale());
        request.setAttribute("days", queries.last30Days());
        BusinessDay days = BusinessDay.ofNode();
        request.setAttribute("takings", takings.between(days.startOf(days.today()), days.endOf(days.today())));
        request.setAttribute("mirror", mirror.status());
        Views.render("dashboard/home", request, response);
    }
}
