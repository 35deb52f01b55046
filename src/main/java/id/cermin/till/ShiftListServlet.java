package id.cermin.till;

import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /laporan/shift}: every cashier's shifts with the cash expected, counted and the difference (back office). */
@WebServlet("/laporan/shift")
public class ShiftListServlet extends HttpServlet {

    private static final int SHOWN = 200;

    @Inject
    private TillService till;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("shifts", till.shifts(null, SHOWN));
        Views.render("till/shifts", request, response);
    }
}
