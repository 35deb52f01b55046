package id.cermin.report;

import id.cermin.branch.StoreFilter;
import id.cermin.customer.CustomerRepository;
import id.cermin.platform.BusinessDay;
import id.cermin.returns.ReturnService;
import id.cermin.sales.CheckoutService;
import id.cermin.sales.VoidService;
import id.cermin.web.Flash;
import id.cermin.web.ReportRange;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Laporan barang keluar: {@code /laporan/keluar?dari=&sampai=&toko=} (business days,
 * default today; on the hub all stores or one; prints on A4),
 * {@code /laporan/keluar/csv?dari=&sampai=&toko=} (the same rows for Excel),
 * {@code /laporan/keluar/detail?id=} (with its returns), POST {@code /laporan/keluar/batal}
 * (void with a reason).
 */
@WebServlet(urlPatterns = {"/laporan/keluar", "/laporan/keluar/*"})
public class SalesReportServlet extends HttpServlet {

    @Inject
    private ReportQueries reports;

    @Inject
    private CheckoutService sales;

    @Inject
    private VoidService voids;

    @Inject
    private StoreFilter storeFilter;

    @Inject
    private TakingsQueries takings;

    @Inject
    private CustomerRepository customers;

    @Inject
    private ReturnService returns;

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
                customers.find(sale.get().getCustomerId()).ifPresent(c -> request.setAttribute("customer", c));
                request.setAttribute("returns", returns.ofSale(sale.get().getId()));
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
        Flash.outcome(request, "flash.voided", () -> voids.voidSale(VoidForm.read(request)).getReceiptNo());
        Views.redirect(ReportRange.backTo("/laporan/keluar", request), request, response);
    }

    private void list(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ReportRange range = ReportRange.of(request);
        range.expose(request);
        String store = storeFilter.choose(request);
        request.setAttribute("report", reports.sales(range.from(), range.to(), store));
        BusinessDay days = BusinessDay.ofNode();
        request.setAttribute("takings", takings.between(days.startOf(range.from()), days.endOf(range.to()), store));
        Views.render("report/sales", request, response);
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportRange range = ReportRange.of(request);
        if (!range.acceptedFor(request, response)) {
            return;
        }
        String store = storeFilter.choose(request);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-keluar-"
                + (store == null ? "" : store + "-") + range.from() + "-" + range.to() + ".csv\"");
        SalesCsv.write(reports.sales(range.from(), range.to(), store), response.getWriter());
    }
}
