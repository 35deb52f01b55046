package id.cermin.till;

import id.cermin.account.SignedInUser;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.Ids;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.settings.StoreProfiles;
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
import java.util.Optional;

/**
 * Tutup kasir, for every role: {@code /kasir/shift} (open a shift, or the open one with
 * its cash moves and the close), {@code /kasir/shift/laporan?id=} (the shift report on
 * 58 mm, 80 mm or A4: one's own, or any for the back office), POST
 * {@code /kasir/shift/buka}, {@code /kasir/shift/kas}, {@code /kasir/shift/tutup}.
 */
@WebServlet(urlPatterns = {"/kasir/shift", "/kasir/shift/*"})
public class TillServlet extends HttpServlet {

    private static final int OWN_SHIFTS = 10;

    @Inject
    private TillService till;

    @Inject
    private StoreProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> show(request, response);
            case "/laporan" -> {
                Optional<ShiftReport> report = till.report(request.getParameter("id"))
                        .filter(r -> isBackOffice(request) || r.shift().getCashierId().equals(SignedInUser.id(request)));
                if (report.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute("report", report.get());
                request.setAttribute("store", profiles.current());
                Views.render("till/shift-report", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String user = SignedInUser.id(request);
        try {
            switch (action) {
                case "/buka" -> {
                    String key = key(request);
                    Long opening = FormInput.rupiah(request.getParameter("openingCash")).orElse(null);
                    IdempotentWrite.run(() -> till.open(key, user, opening), Optional::empty);
                    Flash.success(request, "flash.shiftOpened", null);
                    Views.redirect("/kasir/shift", request, response);
                }
                case "/kas" -> {
                    String key = key(request);
                    String direction = request.getParameter("direction");
                    TillCashMove.Direction way = "IN".equals(direction) ? TillCashMove.Direction.IN
                            : "OUT".equals(direction) ? TillCashMove.Direction.OUT : null;
                    Long amount = FormInput.rupiah(request.getParameter("amount")).orElse(null);
                    String reason = FormInput.text(request.getParameter("reason"));
                    IdempotentWrite.run(() -> till.moveCash(key, user, way, amount, reason), Optional::empty);
                    Flash.success(request, "flash.cashMoved", null);
                    Views.redirect("/kasir/shift", request, response);
                }
                case "/tutup" -> {
                    ShiftReport closed = till.close(request.getParameter("id"), user, isBackOffice(request),
                            FormInput.rupiah(request.getParameter("countedCash")).orElse(null),
                            FormInput.text(request.getParameter("note")));
                    Flash.success(request, "flash.shiftClosed", null);
                    Views.redirect("/kasir/shift/laporan?id=" + closed.shift().getId(), request, response);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            show(request, response);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String user = SignedInUser.id(request);
        till.openShiftOf(user).flatMap(shift -> till.report(shift.getId()))
                .ifPresent(report -> request.setAttribute("report", report));
        request.setAttribute("shifts", till.shifts(user, OWN_SHIFTS));
        request.setAttribute("formKey", Ids.newId());
        Views.render("till/shift", request, response);
    }

    private static String key(HttpServletRequest request) {
        return FormInput.requiredFormKey(request.getParameter("key"));
    }

    static boolean isBackOffice(HttpServletRequest request) {
        return request.isUserInRole("OWNER") || request.isUserInRole("ADMIN");
    }
}
