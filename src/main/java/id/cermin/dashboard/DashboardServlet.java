package id.cermin.dashboard;

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

/**
 * {@code /}: the dashboard (the first steps until the first sale, counts, profit, today's
 * takings by payment method, last sale, 30 days of sales, low stock, this node and its
 * mirror); on the hub of every store or one ({@code ?toko=}), with the stores compared.
 */
@WebServlet("")
public class DashboardServlet extends HttpServlet {

    @Inject
    private DashboardQueries queries;

    @Inject
    private MirrorStatusQueries mirror;

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
        String store = storeFilter.choose(request);
        ShelfQueries.LowStock low = shelves.low(store, 10);
        DashboardQueries.Summary summary = queries.summary(store, low.count());
        request.setAttribute("summary", summary);
        if (summary.sales() == 0) {
            request.setAttribute("units", queries.units());
        }
        request.setAttribute("lowStock", low.shelves());
        request.setAttribute("lastSale", queries.lastSale(store));
        request.setAttribute("days", queries.last30Days(store));
        if (identity.role() == NodeIdentity.Role.HUB) {
            request.setAttribute("branches", queries.branches(shelves.stores()));
        }
        BusinessDay days = BusinessDay.ofNode();
        request.setAttribute("takings", takings.between(days.startOf(days.today()), days.endOf(days.today()), store));
        request.setAttribute("mirror", mirror.status());
        Views.render("dashboard/home", request, response);
    }
}
