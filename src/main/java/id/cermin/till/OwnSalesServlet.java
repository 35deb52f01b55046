package id.cermin.till;

import id.cermin.account.SignedInUser;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /kasir/riwayat}: the signed-in cashier's own sales of today on this till, each to reprint as a copy. */
@WebServlet("/kasir/riwayat")
public class OwnSalesServlet extends HttpServlet {

    @Inject
    private OwnSales sales;

    @Inject
    private NodeIdentity identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("sales", sales.of(SignedInUser.id(request), identity.node(), BusinessDay.ofNode().today()));
        Views.render("till/own-sales", request, response);
    }
}
