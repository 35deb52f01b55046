package id.cermin.stockcount;

import id.cermin.account.SignedInUser;
import id.cermin.platform.validation.InvalidInputException;
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
import java.util.Arrays;

/**
 * Penyesuaian stok: {@code /stok/penyesuaian} (the form and the latest adjustments, opname
 * differences included) and POST {@code /stok/penyesuaian/simpan}.
 */
@WebServlet(urlPatterns = {"/stok/penyesuaian", "/stok/penyesuaian/*"})
public class AdjustmentServlet extends HttpServlet {

    @Inject
    private AdjustmentService adjustments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"/simpan".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String reason = FormInput.text(request.getParameter("reason"));
        AdjustmentRequest form = new AdjustmentRequest(request.getParameter("productId"),
                FormInput.quantity(request.getParameter("quantity")).orElse(null),
                "tambah".equals(request.getParameter("direction")),
                Arrays.stream(AdjustmentReason.values()).filter(r -> r.name().equals(reason)).findFirst().orElse(null),
                FormInput.text(request.getParameter("note")), SignedInUser.id(request));
        try {
            adjustments.adjust(form);
            Flash.success(request, "flash.adjusted", FormInput.text(request.getParameter("productName")));
            Views.redirect("/stok/penyesuaian", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            show(request, response);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("reasons", AdjustmentReason.byHand());
        request.setAttribute("adjustments", adjustments.recent());
        Views.render("stockcount/adjustments", request, response);
    }
}
