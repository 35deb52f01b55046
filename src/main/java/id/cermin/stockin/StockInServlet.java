package id.cermin.stockin;

import id.cermin.account.SignedInUser;
import id.cermin.catalog.ProductLookup;
import id.cermin.catalog.ProductSuggestion;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.supplier.SupplierService;
import id.cermin.web.Flash;
import id.cermin.web.FormInput;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Barang masuk: {@code /barang-masuk} (the page), {@code /barang-masuk/cari?q=} (lookup
 * with cost prices, back office only) and POST {@code /barang-masuk/simpan}.
 */
@WebServlet(urlPatterns = {"/barang-masuk", "/barang-masuk/*"})
public class StockInServlet extends HttpServlet {

    @Inject
    private StockInService stockIn;

    @Inject
    private ProductLookup lookup;

    @Inject
    private SupplierService suppliers;


    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> render(request, response);
            case "/cari" -> Views.json(ProductSuggestion.toJson(lookup.find(FormInput.text(request.getParameter("q"))),
                    true), response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"/simpan".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            StockInRequest form = formOf(request);
            IdempotentWrite.run(() -> stockIn.receive(form), () -> stockIn.findByKey(form.idempotencyKey()));
            Flash.success(request, "flash.received", Integer.toString(form.lines().size()));
            Views.redirect("/barang-masuk", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            render(request, response);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("suppliers", suppliers.active());
        Views.render("stockin/stock-in", request, response);
    }

    /** The form as the page sent it, with its numbers read; a form without a valid key is refused. */
    private static StockInRequest formOf(HttpServletRequest request) {
        String key = FormInput.requiredFormKey(request.getParameter("key"));
        String[] ids = request.getParameterValues("productId");
        String[] quantities = request.getParameterValues("qty");
        String[] costs = request.getParameterValues("cost");
        String[] units = request.getParameterValues("unit");
        List<StockInRequest.Line> lines = new ArrayList<>();
        if (ids != null && quantities != null && costs != null) {
            // One line more than the service takes, so that too many lines are refused, not cut off.
            int count = Math.min(Math.min(ids.length, quantities.length),
                    Math.min(costs.length, StockInService.MAX_LINES + 1));
            for (int i = 0; i < count; i++) {
                String unit = units == null || i >= units.length || units[i].isBlank() ? null : units[i];
                lines.add(new StockInRequest.Line(ids[i], unit, FormInput.quantity(quantities[i]).orElse(null),
                        FormInput.rupiah(costs[i]).orElse(null)));
            }
        }
        String creditDays = request.getParameter("creditDays");
        return new StockInRequest(key, SignedInUser.id(request), FormInput.text(request.getParameter("supplierId")),
                FormInput.text(request.getParameter("supplier")),
                creditDays == null || creditDays.isBlank() ? Integer.valueOf(0)
                        : FormInput.whole(creditDays, StockInService.MAX_CREDIT_DAYS).orElse(null),
                FormInput.text(request.getParameter("note")), request.getParameter("updateCost") != null, lines);
    }
}
