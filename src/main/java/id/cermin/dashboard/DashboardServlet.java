package id.cermin.dashboard;

import id.cermin.account.SignedInUser;
import id.cermin.audit.AuditQueries;
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
import java.time.Duration;

/**
 * {@code /}: the dashboard (counts, today's takings by payment method, last sale, 30 days of
 * sales, low stock, this node and its mirror). The owner and admins also see profit, and until
 * the store has a product and a sale, the first steps towards them; the owner sees the failed
 * logins of the last week. A cashier sees their own sales of today instead of profit, and no
 * technical detail of the mirror.
 */
@WebServlet("")
public class DashboardServlet extends HttpServlet {

    static final int FAILED_LOGINS_SHOWN = 10;

    @Inject
    private DashboardQueries queries;

    @Inject
    private MirrorStatusQueries mirror;

    @Inject
    private AuditQueries audit;

    @Inject
    private TakingsQueries takings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean owner = request.isUserInRole("OWNER");
        boolean backOffice = owner || request.isUserInRole("ADMIN");
        request.setAttribute("summary", queries.summary());
        request.setAttribute("lowStock", queries.lowStock(10));
        request.setAttribute("lastSale", queries.lastSale());
        request.setAttribute("days", queries.last30Days());
        BusinessDay days = BusinessDay.ofNode();
        request.setAttribute("takings", takings.between(days.startOf(days.today()), days.endOf(days.today())));
        request.setAttribute("mirror", mirror.status());
        if (backOffice) {
            request.setAttribute("profit", queries.profit());
            request.setAttribute("firstSteps", queries.firstSteps());
        } else {
            request.setAttribute("ownSales", queries.ownSalesToday(SignedInUser.id(request)));
        }
        if (owner) {
            request.setAttribute("failedLogins", audit.failedLogins(Duration.ofDays(7), FAILED_LOGINS_SHOWN));
        }
        Views.render("dashboard/home", request, response);
    }
}
