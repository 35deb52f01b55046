package id.cermin.productfile;

import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /laporan/nilai-stok}: the stock's value (stock × harga modal) per category; {@code /csv} the same for Excel. */
@WebServlet(urlPatterns = {"/laporan/nilai-stok", "/laporan/nilai-stok/csv"})
public class StockValueServlet extends HttpServlet {

    @Inject
    private ProductExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var values = export.valuation();
        if (request.getServletPath().endsWith("/csv")) {
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"nilai-stok.csv\"");
            export.valuation(values, response.getWriter());
            return;
        }
        request.setAttribute("values", values);
        request.setAttribute("total", values.stream().mapToLong(ProductExport.CategoryValue::value).sum());
        Views.render("productfile/stock-value", request, response);
    }
}
