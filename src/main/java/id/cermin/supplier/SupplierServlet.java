package id.cermin.supplier;

import id.cermin.account.SignedInUser;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.Ids;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.Flash;
import id.cermin.web.FormInput;
import id.cermin.web.Format;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pemasok: {@code /pemasok} (suppliers with what is owed to each; {@code ?arsip=1} the
 * archived), {@code /pemasok/baru}, {@code /pemasok/edit?id=}, {@code /pemasok/detail?id=}
 * (open receipts with due dates, payments), POST {@code /pemasok/simpan},
 * {@code /pemasok/arsipkan}, {@code /pemasok/pulihkan}, {@code /pemasok/bayar}.
 */
@WebServlet(urlPatterns = {"/pemasok", "/pemasok/*"})
public class SupplierServlet extends HttpServlet {

    @Inject
    private SupplierService suppliers;

    @Inject
    private Payables payables;

    @Inject
    private PaymentService payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> {
                boolean archived = "1".equals(request.getParameter("arsip"));
                request.setAttribute("archived", archived);
                request.setAttribute("debts", payables.bySupplier(archived ? suppliers.archived() : suppliers.active()));
                Views.render("supplier/suppliers", request, response);
            }
            case "/baru" -> Views.render("supplier/supplier-form", request, response);
            case "/edit" -> withSupplier(request, response, "supplier/supplier-form");
            case "/detail" -> withSupplier(request, response, "supplier/supplier-detail");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String id = request.getParameter("id");
        switch (action) {
            case "/simpan" -> save(request, response);
            case "/arsipkan", "/pulihkan" -> {
                boolean archive = action.equals("/arsipkan");
                Flash.outcome(request, archive ? "flash.archived" : "flash.restored",
                        () -> suppliers.archive(id, archive).getName());
                Views.redirect(archive ? "/pemasok" : "/pemasok?arsip=1", request, response);
            }
            case "/bayar" -> pay(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void save(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            Supplier saved = suppliers.save(FormInput.text(request.getParameter("id")),
                    FormInput.text(request.getParameter("name")), FormInput.text(request.getParameter("phone")),
                    FormInput.text(request.getParameter("address")));
            Flash.success(request, "flash.saved", saved.getName());
            Views.redirect("/pemasok", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            Views.render("supplier/supplier-form", request, response);
        }
    }

    private void pay(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String supplierId = request.getParameter("supplierId");
        try {
            String key = FormInput.requiredFormKey(request.getParameter("key"));
            PaymentRequest form = new PaymentRequest(key, request.getParameter("stockInId"),
                    FormInput.rupiah(request.getParameter("amount")).orElse(null),
                    request.getParameter("fromDrawer") != null, FormInput.text(request.getParameter("note")),
                    SignedInUser.id(request));
            SupplierPayment paid = IdempotentWrite.run(() -> payments.pay(form), () -> payments.findByKey(key));
            Flash.success(request, "flash.paid", Format.rupiah(paid.getAmount()));
            Views.redirect("/pemasok/detail?id=" + URLEncoder.encode(supplierId == null ? "" : supplierId,
                    StandardCharsets.UTF_8), request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            withSupplier(request, response, "supplier/supplier-detail");
        }
    }

    private void withSupplier(HttpServletRequest request, HttpServletResponse response, String view)
            throws ServletException, IOException {
        String id = request.getParameter(request.getParameter("supplierId") != null ? "supplierId" : "id");
        Optional<Supplier> supplier = suppliers.find(id);
        if (supplier.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("supplier", supplier.get());
        request.setAttribute("payables", payables.open(supplier.get().getId()));
        request.setAttribute("payments", payables.payments(supplier.get().getId()));
        request.setAttribute("formKey", Ids.newId());
        Views.render(view, request, response);
    }
}
