package id.cermin.stockcount;

import id.cermin.account.SignedInUser;
import id.cermin.catalog.CatalogService;
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

/**
 * Stock opname: {@code /stok/opname} (the list, and a new opname), {@code /stok/opname/hitung?id=}
 * (counting: scan or search, then the quantity; differences and their value),
 * {@code /stok/opname/lembar?id=} (the count sheet on paper), POST {@code /stok/opname/mulai},
 * {@code /stok/opname/catat}, {@code /stok/opname/konfirmasi}, {@code /stok/opname/batal}.
 */
@WebServlet(urlPatterns = {"/stok/opname", "/stok/opname/*"})
public class StockCountServlet extends HttpServlet {

    @Inject
    private StockCountService counts;

    @Inject
    private CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> {
                request.setAttribute("counts", counts.recent());
                request.setAttribute("categories", catalog.activeCategories());
                Views.render("stockcount/counts", request, response);
            }
            case "/hitung" -> sheet("stockcount/count", request, response);
            case "/lembar" -> sheet("stockcount/sheet", request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String id = request.getParameter("id");
        String user = SignedInUser.id(request);
        switch (action) {
            case "/mulai" -> {
                try {
                    StockCount count = counts.start(FormInput.text(request.getParameter("categoryId")),
                            FormInput.text(request.getParameter("note")), user);
                    Views.redirect(countPage(count.getId()), request, response);
                } catch (InvalidInputException e) {
                    Flash.error(request, Flash.firstMessage(e), null);
                    Views.redirect("/stok/opname", request, response);
                }
            }
            case "/catat" -> {
                Flash.outcome(request, "flash.counted", () -> {
                    StockCountEntry entry = counts.record(id, request.getParameter("productId"),
                            FormInput.quantity(request.getParameter("counted")).orElse(null), user);
                    return FormInput.text(request.getParameter("productName")) + " = "
                            + Format.quantity(entry.getCounted());
                });
                Views.redirect(countPage(id), request, response);
            }
            case "/konfirmasi" -> {
                Flash.outcome(request, "flash.countConfirmed", () -> Integer.toString(counts.confirm(id, user)));
                Views.redirect(countPage(id), request, response);
            }
            case "/batal" -> {
                Flash.outcome(request, "flash.countCancelled", () -> {
                    counts.cancel(id, user);
                    return "";
                });
                Views.redirect(countPage(id), request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void sheet(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var sheet = counts.sheet(request.getParameter("id"));
        if (sheet.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("sheet", sheet.get());
        Views.render(view, request, response);
    }

    private static String countPage(String id) {
        return "/stok/opname/hitung?id=" + URLEncoder.encode(id == null ? "" : id, StandardCharsets.UTF_8);
    }
}
