package id.cermin.branch;

import id.cermin.web.FormInput;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Stok per cabang: {@code /stok?q=&menipis=1&hal=}, products by store (on the hub every
 * store's shelf and the total, on a store its own), low stock marked per store.
 */
@WebServlet("/stok")
public class StockServlet extends HttpServlet {

    @Inject
    private ShelfQueries shelves;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String text = FormInput.text(request.getParameter("q"));
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        boolean lowOnly = "1".equals(request.getParameter("menipis"));
        request.setAttribute("q", text);
        request.setAttribute("lowOnly", lowOnly);
        request.setAttribute("sheet", shelves.sheet(text, lowOnly, Views.page(request)));
        Views.render("branch/stock", request, response);
    }
}
