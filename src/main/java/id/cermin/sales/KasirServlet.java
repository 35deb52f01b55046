package id.cermin.sales;

import id.cermin.account.SignedInUser;
import id.cermin.account.UserService;
import id.cermin.catalog.CounterCatalogue;
import id.cermin.catalog.ProductLookup;
import id.cermin.catalog.ProductSuggestion;
import id.cermin.customer.CustomerLookup;
import id.cermin.customer.CustomerRepository;
import id.cermin.customer.Receivables;
import id.cermin.payment.PaymentMethod;
import id.cermin.payment.QrisImages;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.settings.StoreProfiles;
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
 * barcode or name, JSON), {@code /kasir/katalog} (every product that scans, for the page to
 * keep), {@code /kasir/pelanggan?q=} (customer lookup, JSON), POST
 * {@code /kasir/bayar} (checkout) and {@code /kasir/nota?id=} (the receipt; {@code &salinan=1}
 * prints it again, marked as a copy).
 */
@WebServlet(urlPatterns = {"/kasir", "/kasir/*"})
public class KasirServlet extends HttpServlet {

    /** The method the counter sends for what is left on the customer's account. */
    private static final String BON = "BON";

    @Inject
    private CheckoutService checkout;

    @Inject
    private ProductLookup lookup;

    @Inject
    private CounterCatalogue catalogue;

    @Inject
    private CustomerLookup customerLookup;

    @Inject
    private CustomerRepository customers;

    @Inject
    private Receivables receivables;

    @Inject
    private UserService users;

    @Inject
    private StoreProfiles profiles;

    @Inject
    private QrisImages qris;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> counter(request, response);
            case "/cari" -> Views.json(ProductSuggestion.toJson(lookup.find(FormInput.text(request.getParameter("q"))),
                    false), response);
            case "/katalog" -> catalogue(request, response);
            case "/pelanggan" -> Views.json(customerLookup.find(FormInput.text(request.getParameter("q"))), response);
            case "/nota" -> receipt(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The catalogue the counter page keeps (see {@link CounterCatalogue}), gzipped when the browser takes it so. */
    private void catalogue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CounterCatalogue.Body body = catalogue.now();
        String accepted = request.getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.contains("gzip");
        byte[] bytes = gzip ? body.gzipped() : body.plain();
        response.setContentType("application/json");
        response.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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
            counter(request, response);
        }
    }

    private void counter(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("hasQris", qris.exists());
        Views.render("sales/kasir", request, response);
    }

    /** The cart as the counter page sent it, with its numbers read; a cart without a valid key is refused. */
    private static CheckoutRequest cartOf(HttpServletRequest request) {
        String key = FormInput.formKey(request.getParameter("key"))
                .orElseThrow(() -> InvalidInputException.of("form", "error.cartKey"));
        String[] ids = request.getParameterValues("productId");
        String[] quantities = request.getParameterValues("qty");
        String[] units = request.getParameterValues("unit");
        String[] discounts = request.getParameterValues("disc");
        List<CheckoutRequest.Line> lines = new ArrayList<>();
        if (ids != null && quantities != null) {
            for (int i = 0; i < Math.min(ids.length, Math.min(quantities.length, CheckoutService.MAX_LINES + 1)); i++) {
                lines.add(new CheckoutRequest.Line(ids[i], nth(units, i).filter(u -> !u.isEmpty()).orElse(null),
                        FormInput.quantity(quantities[i]).orElse(null),
                        Discount.parse(nth(discounts, i).orElse("")).orElse(null)));
            }
        }
        List<CheckoutRequest.Payment> payments = new ArrayList<>();
        long credit = 0;
        String[] methods = request.getParameterValues("payMethod");
        String[] amounts = request.getParameterValues("payAmount");
        String[] references = request.getParameterValues("payRef");
        for (int i = 0; methods != null && i < Math.min(methods.length, 10); i++) {
            Long amount = FormInput.rupiah(nth(amounts, i).orElse("")).orElse(null);
            if (BON.equals(methods[i])) {
                if (amount == null) {
                    throw InvalidInputException.of("form", "error.payAmount");
                }
                credit += amount;
            } else {
                payments.add(new CheckoutRequest.Payment(PaymentMethod.of(methods[i]), amount,
                        FormInput.text(nth(references, i).orElse(""))));
            }
        }
        String paid = FormInput.text(request.getParameter("paid"));
        String customerId = FormInput.text(request.getParameter("customerId"));
        String approver = FormInput.text(request.getParameter("approver"));
        return new CheckoutRequest(key, SignedInUser.id(request), customerId.isEmpty() ? null : customerId, lines,
                Discount.parse(request.getParameter("saleDisc")).orElse(null),
                paid.isEmpty() ? Long.valueOf(0) : FormInput.rupiah(paid).orElse(null), payments, credit,
                approver.isEmpty() ? null
                        : new CheckoutRequest.Approval(approver, request.getParameter("approverPassword")));
    }

    private static Optional<String> nth(String[] values, int i) {
        return values == null || i >= values.length ? Optional.empty() : Optional.of(values[i]);
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
        customers.find(sale.get().getCustomerId()).ifPresent(c -> {
            request.setAttribute("customer", c);
            request.setAttribute("owed", receivables.balanceHere(c.getId()));
        });
        request.setAttribute("hasQris", qris.exists());
        request.setAttribute("copy", "1".equals(request.getParameter("salinan")));
        Views.render("sales/receipt", request, response);
    }
}
