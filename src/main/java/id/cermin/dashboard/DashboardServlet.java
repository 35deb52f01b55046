package id.cermin.dashboard;

import id.cermin.account.SignedInUser;
import id.cermin.audit.AuditQueries;
import id.cermin.branch.ShelfQueries;
import id.cermin.branch.StoreFilter;
import id.cermin.mirror.web.MirrorStatusQueries;
import id.cermin.platform.NodeIdentity;
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
 * {@code /}: the dashboard (the first steps until the first sale, counts, today's takings by
 * payment method, last sale, 30 days of sales, low stock, this node and its mirror); on the
 * hub of every store or one ({@code ?toko=}), with the stores compared. The owner and admins
 * also see profit and the first steps; the owner sees the failed logins of the last week. A
 * cashier sees their own sales of today instead of profit, and no technical detail of the mirror.
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
    private StoreFilter storeFilter;

    @Inject
    private ShelfQueries shelves;

    @Inject
    private NodeIdentity identity;

    @Inject
    private TakingsQueries takings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean owner = request.isUserInRole("OWNER");
        boolean backOffice = owner || request.isUserInRole("ADMIN");
        String store = storeFilter.choose(request);
        ShelfQueries.LowStock low = shelves.low(store, 10);
        DashboardQueries.Summary summary = queries.summary(store, low.count());
        request.setAttribute("summary", summary);
        if (backOffice && summary.sales() == 0) {
            request.setAttribute("units", queries.units());
        }
        request.setAttribute("lowStock", low.shelves());
        request.setAttribute("lastSale", queries.lastSale(store));
        request.setAttribute("days", queries.last30Days(store));
        if (backOffice && identity.role() == NodeIdentity.Role.HUB) {
            request.setAttribute("branches", queries.branches(shelves.stores()));
        }
        BusinessDay days = BusinessDay.ofNode();
        request.setAttribute("takings", takings.between(days.startOf(days.today()), days.endOf(days.today()), store));
        request.setAttribute("mirror", mirror.status());
        if (backOffice) {
            request.setAttribute("profit", queries.profit(store));
        } else {
            request.setAttribute("ownSales", queries.ownSalesToday(SignedInUser.id(request)));
        }
        if (owner) {
            request.setAttribute("failedLogins", audit.failedLogins(Duration.ofDays(7), FAILED_LOGINS_SHOWN));
        }
        Views.render("dashboard/home", request, response);
    }
}
