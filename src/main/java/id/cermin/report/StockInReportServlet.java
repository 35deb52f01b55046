package id.cermin.report;

import id.cermin.branch.StoreFilter;
import id.cermin.returns.ReturnService;
import id.cermin.stockin.StockInService;
import id.cermin.stockin.StockInVoidService;
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
 * Laporan barang masuk: {@code /laporan/masuk?dari=&sampai=&toko=} (on the hub all stores
 * or one; prints on A4), {@code /laporan/masuk/csv}, {@code /laporan/masuk/detail?id=}, POST
 * {@code /laporan/masuk/batal} (void with a reason).
 */
@WebServlet(urlPatterns = {"/laporan/masuk", "/laporan/masuk/*"})
public class StockInReportServlet extends HttpServlet {

    @Inject
    private ReportQueries reports;

    @Inject
    private StockInService stockIns;

    @Inject
    private StockInVoidService voids;

    @Inject
    private StoreFilter storeFilter;

    @Inject
    private ReturnService returns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        ReportRange range = ReportRange.of(request);
        String store = storeFilter.choose(request);
        switch (action) {
            case "/" -> {
                range.expose(request);
                request.setAttribute("report", reports.stockIns(range.from(), range.to(), store));
                Views.render("report/stock-ins", request, response);
            }
            case "/csv" -> {
                if (!range.acceptedFor(request, response)) {
                    return;
                }
                response.setContentType("text/csv");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"laporan-masuk-"
                        + (store == null ? "" : store + "-") + range.from() + "-" + range.to() + ".csv\"");
                StockInCsv.write(reports.stockIns(range.from(), range.to(), store), response.getWriter());
            }
            case "/detail" -> {
                var stockIn = stockIns.find(request.getParameter("id"));
                if (stockIn.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute("stockIn", stockIn.get());
                request.setAttribute("purchaseReturns", returns.ofStockIn(stockIn.get().getId()));
                Views.render("report/stock-in-detail", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/batal".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Flash.outcome(request, "flash.voided", () -> voids.voidStockIn(VoidForm.read(request)));
        Views.redirect(ReportRange.backTo("/laporan/masuk", request), request, response);
    }
}
