package id.cermin.returns;

import id.cermin.account.SignedInUser;
import id.cermin.account.UserService;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.Ids;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.sales.CheckoutService;
import id.cermin.sales.Sale;
import id.cermin.settings.StoreProfiles;
import id.cermin.stockin.StockIn;
import id.cermin.stockin.StockInService;
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
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Retur: {@code /retur/penjualan?id=} (which lines of a sale come back, and how much) and
 * its POST, {@code /retur/nota?id=} (the return receipt, on 58 mm, 80 mm or A4),
 * {@code /retur/pembelian?id=} (goods sent back against a goods receipt) and its POST.
 */
@WebServlet(urlPatterns = {"/retur/penjualan", "/retur/nota", "/retur/pembelian"})
public class ReturnServlet extends HttpServlet {

    private static final int MAX_LINES = 200;

    @Inject
    private ReturnService returns;

    @Inject
    private CheckoutService sales;

    @Inject
    private StockInService stockIns;

    @Inject
    private UserService users;

    @Inject
    private StoreProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case "/retur/penjualan" -> saleForm(request, response);
            case "/retur/pembelian" -> stockInForm(request, response);
            default -> {
                Optional<SaleReturn> found = returns.saleReturn(request.getParameter("id"));
                Optional<Sale> sale = found.flatMap(r -> sales.find(r.getSaleId()));
                if (sale.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute("saleReturn", found.get());
                request.setAttribute("sale", sale.get());
                request.setAttribute("returnedBy", users.find(found.get().getReturnedBy())
                        .map(u -> u.getFullName()).orElse(""));
                request.setAttribute("store", profiles.current());
                Views.render("returns/return-receipt", request, response);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean ofSale = "/retur/penjualan".equals(request.getServletPath());
        if (!ofSale && !"/retur/pembelian".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            ReturnRequest form = formOf(request);
            if (ofSale) {
                SaleReturn done = IdempotentWrite.run(() -> returns.returnSale(form),
                        () -> returns.saleReturnByKey(form.idempotencyKey()));
                Views.redirect("/retur/nota?id=" + done.getId(), request, response);
            } else {
                PurchaseReturn done = IdempotentWrite.run(() -> returns.returnToSupplier(form),
                        () -> returns.purchaseReturnByKey(form.idempotencyKey()));
                Flash.success(request, "flash.returnedToSupplier", done.getReference());
                Views.redirect("/laporan/masuk/detail?id=" + URLEncoder.encode(done.getStockInId(),
                        StandardCharsets.UTF_8), request, response);
            }
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            if (ofSale) {
                saleForm(request, response);
            } else {
                stockInForm(request, response);
            }
        }
    }

    private void saleForm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Sale> sale = sales.find(request.getParameter("id"));
        if (sale.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("sale", sale.get());
        request.setAttribute("lines", returns.saleLines(sale.get()));
        request.setAttribute("returns", returns.ofSale(sale.get().getId()));
        // A sale to a customer is paid back onto the account by default when it left a bon.
        request.setAttribute("settlements", sale.get().getCustomerId() == null ? List.of(Settlement.CASH)
                : sale.get().getCredit() > 0 ? List.of(Settlement.CREDIT, Settlement.CASH)
                : List.of(Settlement.CASH, Settlement.CREDIT));
        request.setAttribute("formKey", Ids.newId());
        Views.render("returns/sale-return", request, response);
    }

    private void stockInForm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<StockIn> stockIn = stockIns.find(request.getParameter("id"));
        if (stockIn.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("stockIn", stockIn.get());
        request.setAttribute("lines", returns.stockInLines(stockIn.get()));
        request.setAttribute("formKey", Ids.newId());
        Views.render("returns/purchase-return", request, response);
    }

    /** The form as the page sent it: a key, the source, a reason and the quantity per line. */
    private static ReturnRequest formOf(HttpServletRequest request) {
        String key = FormInput.requiredFormKey(request.getParameter("key"));
        String[] lineIds = request.getParameterValues("lineId");
        String[] quantities = request.getParameterValues("qty");
        List<ReturnRequest.Line> lines = new ArrayList<>();
        if (lineIds != null && quantities != null) {
            for (int i = 0; i < Math.min(MAX_LINES, Math.min(lineIds.length, quantities.length)); i++) {
                String typed = FormInput.text(quantities[i]);
                lines.add(new ReturnRequest.Line(lineIds[i], typed.isEmpty() ? BigDecimal.ZERO
                        : FormInput.quantity(typed).orElse(null)));
            }
        }
        String settlement = request.getParameter("settlement");
        return new ReturnRequest(key, request.getParameter("id"), FormInput.text(request.getParameter("reason")),
                request.getParameter("restock") != null,
                Arrays.stream(Settlement.values()).filter(s -> s.name().equals(settlement)).findFirst()
                        .orElse(null), lines, SignedInUser.id(request));
    }
}
