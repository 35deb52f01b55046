package id.cermin.sales;

import id.cermin.account.SignedInUser;
import id.cermin.account.UserService;
import id.cermin.catalog.ProductLookup;
import id.cermin.catalog.ProductSuggestion;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.validation.InvalidInputException;
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
import java.util.Optional;

/**
 * The counter: {@code /kasir} (the page), {@code /kasir/cari?q=} (product lookup by
 * barcode or name, JSON), POST {@code /kasir/bayar} (checkout) and
 * {@code /kasir/nota?id=} (the receipt; {@code &salinan=1} prints it again, marked as a copy).
 */
@WebServlet(urlPatterns = {"/kasir", "/kasir/*"})
public class KasirServlet extends HttpServlet {

    @Inject
    private CheckoutService checkout;

    @Inject
    private ProductLookup lookup;

    @Inject
    private UserService users;

    @Inject
    private StoreProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> Views.render("sales/kasir", request, response);
            case "/cari" -> Views.json(ProductSuggestion.toJson(lookup.find(FormInput.text(request.getParameter("q"))),
                    false), response);
            case "/nota" -> receipt(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"/bayar".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            CheckoutRequest cart = cartOf(request);
            Sale sale = IdempotentWrite.run(() -> checkout.checkout(cart),
                    () -> checkout.findByKey(cart.idempotencyKey()));
            Views.redirect("/kasir/nota?id=" + sale.getId(), request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            Views.render("sales/kasir", request, response);
        }
    }

    /** The cart as the counter page sent it, with its numbers read; a cart without a valid key is refused. */
    private static CheckoutRequest cartOf(HttpServletRequest request) {
        String key = FormInput.formKey(request.getParameter("key"))
                .orElseThrow(() -> InvalidInputException.of("form", "error.cartKey"));
        String[] ids = request.getParameterValues("productId");
        String[] quantities = request.getParameterValues("qty");
        List<CheckoutRequest.Line> lines = new ArrayList<>();
        if (ids != null && quantities != null) {
            for (int i = 0; i < Math.min(ids.length, Math.min(quantities.length, CheckoutService.MAX_LINES + 1)); i++) {
                lines.add(new CheckoutRequest.Line(ids[i], FormInput.quantity(quantities[i]).orElse(null)));
            }
        }
        return new CheckoutRequest(key, SignedInUser.id(request), lines,
                FormInput.rupiah(request.getParameter("paid")).orElse(null));
    }

    private void receipt(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Sale> sale = checkout.find(request.getParameter("id"));
        if (sale.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("sale", sale.get());
        request.setAttribute("cashier", users.find(sale.get().getCashierId()).map(u -> u.getFullName()).orElse(""));
        request.setAttribute("store", profiles.current());
        request.setAttribute("copy", "1".equals(request.getParameter("salinan")));
        Views.render("sales/receipt", request, response);
    }
}
