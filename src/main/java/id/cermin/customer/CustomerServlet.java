package id.cermin.customer;

import id.cermin.account.SignedInUser;
import id.cermin.account.UserService;
import id.cermin.catalog.PriceLevel;
import id.cermin.payment.PaymentMethod;
import id.cermin.payment.QrisImages;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.settings.StoreProfiles;
import id.cermin.web.Flash;
import id.cermin.web.FormInput;
import id.cermin.web.ReportRange;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Pelanggan: {@code /pelanggan?q=&hal=} lists customers with what they owe;
 * {@code /pelanggan/baru}, {@code /pelanggan/edit?id=}, POST {@code /pelanggan/simpan} and
 * {@code /pelanggan/arsipkan} manage them (back office); {@code /pelanggan/rekening?id=&dari=&sampai=}
 * is a customer's statement (prints on A4); {@code /pelanggan/bayar?id=} and POST
 * {@code /pelanggan/bayar} take a payment of its bons, {@code /pelanggan/kuitansi?id=} is
 * that payment's receipt, POST {@code /pelanggan/bayar/batal} takes a payment back (back office).
 */
@WebServlet(urlPatterns = {"/pelanggan", "/pelanggan/*"})
public class CustomerServlet extends HttpServlet {

    @Inject
    private CustomerRepository customers;

    @Inject
    private CustomerService service;

    @Inject
    private Receivables receivables;

    @Inject
    private BonPayments payments;

    @Inject
    private UserService users;

    @Inject
    private QrisImages qris;

    @Inject
    private StoreProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> list(request, response);
            case "/baru" -> showForm(CustomerForm.empty(), request, response);
            case "/edit" -> withCustomer(request, response, c -> showForm(CustomerForm.of(c), request, response));
            case "/rekening" -> withCustomer(request, response, c -> statement(c, request, response));
            case "/bayar" -> withCustomer(request, response, c -> paymentForm(c, request, response));
            case "/kuitansi" -> paymentReceipt(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/simpan" -> save(request, response);
            case "/arsipkan" -> {
                Flash.outcome(request, "flash.archived", () -> service.archive(request.getParameter("id")).getName());
                Views.redirect("/pelanggan", request, response);
            }
            case "/bayar" -> pay(request, response);
            case "/bayar/batal" -> reverse(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String text = FormInput.text(request.getParameter("q"));
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        long total = customers.count(text);
        int pages = (int) Math.max(1, (total + CustomerRepository.PAGE_SIZE - 1) / CustomerRepository.PAGE_SIZE);
        int page = Math.min(Views.page(request), pages);
        List<Customer> found = customers.search(text, page, CustomerRepository.PAGE_SIZE);
        request.setAttribute("q", text);
        request.setAttribute("customers", found);
        request.setAttribute("balances", receivables.balances(found.stream().map(Customer::getId).toList()));
        request.setAttribute("total", total);
        request.setAttribute("page", page);
        request.setAttribute("pages", pages);
        Views.render("customer/customers", request, response);
    }

    private void save(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CustomerForm form = CustomerForm.from(request);
        try {
            Customer customer = service.save(form.toRequest(request));
            Flash.success(request, "flash.saved", customer.getName());
            Views.redirect("/pelanggan", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            showForm(form, request, response);
        }
    }

    private void showForm(CustomerForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("levels", PriceLevel.values());
        Views.render("customer/customer-form", request, response);
    }

    private void statement(Customer customer, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ReportRange range = ReportRange.of(request, BusinessDay.ofNode().today().withDayOfMonth(1));
        range.expose(request);
        request.setAttribute("statement", receivables.statement(customer, range.from(), range.to()));
        request.setAttribute("store", profiles.current());
        request.setAttribute("hasQris", qris.exists());
        Views.render("customer/statement", request, response);
    }

    private void paymentForm(Customer customer, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("customer", customer);
        request.setAttribute("owed", receivables.balanceHere(customer.getId()));
        request.setAttribute("open", receivables.openBons(customer.getId()));
        request.setAttribute("methods", PaymentMethod.values());
        request.setAttribute("onHub", receivables.scope() == null);
        Views.render("customer/payment-form", request, response);
    }

    private void pay(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<String> key = FormInput.formKey(request.getParameter("key"));
        Optional<Customer> customer = customers.find(request.getParameter("customerId"));
        if (key.isEmpty() || customer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BonPaymentRequest form = new BonPaymentRequest(key.get(), customer.get().getId(),
                FormInput.rupiah(request.getParameter("amount")).orElse(null),
                PaymentMethod.of(request.getParameter("method")), FormInput.text(request.getParameter("reference")),
                FormInput.text(request.getParameter("note")), SignedInUser.id(request));
        try {
            CustomerPayment payment = IdempotentWrite.run(() -> payments.receive(form),
                    () -> payments.findByKey(form.idempotencyKey()));
            Views.redirect("/pelanggan/kuitansi?id=" + payment.getId(), request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            paymentForm(customer.get(), request, response);
        }
    }

    private void reverse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String key = FormInput.formKey(request.getParameter("key")).orElse(null);
        Optional<String> reason = FormInput.reason(request.getParameter("reason"));
        if (key == null || reason.isEmpty()) {
            Flash.error(request, "error.voidReason", null);
        } else {
            Flash.outcome(request, "flash.paymentReversed", () -> payments.reverse(id, reason.get(),
                    SignedInUser.id(request), key).getReference());
        }
        String customerId = payments.find(id).map(CustomerPayment::getCustomerId).orElse("");
        Views.redirect("/pelanggan/rekening?id=" + customerId, request, response);
    }

    private void paymentReceipt(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<CustomerPayment> payment = payments.find(request.getParameter("id"));
        Optional<Customer> customer = payment.flatMap(p -> customers.find(p.getCustomerId()));
        if (customer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("payment", payment.get());
        request.setAttribute("customer", customer.get());
        request.setAttribute("owed", receivables.balanceHere(customer.get().getId()));
        request.setAttribute("open", receivables.openBons(customer.get().getId()));
        request.setAttribute("cashier", users.find(payment.get().getReceivedBy()).map(u -> u.getFullName()).orElse(""));
        request.setAttribute("store", profiles.current());
        Views.render("customer/payment-receipt", request, response);
    }

    private interface CustomerPage {
        void show(Customer customer) throws ServletException, IOException;
    }

    private void withCustomer(HttpServletRequest request, HttpServletResponse response, CustomerPage page)
            throws ServletException, IOException {
        Optional<Customer> customer = customers.find(request.getParameter("id")).filter(c -> !c.isArchived());
        if (customer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page.show(customer.get());
    }
}
