package id.cermin.catalog;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daftar Barang: {@code /barang?q=&hal=&arsip=1} lists and searches, {@code /barang/baru}
 * and {@code /barang/edit?id=} show the form, POST {@code /barang/simpan},
 * {@code /barang/arsipkan} (archives) and {@code /barang/pulihkan} change it.
 */
@WebServlet(urlPatterns = {"/barang", "/barang/*"})
public class ProductServlet extends HttpServlet {

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    @Inject
    private ProductOffers offers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> list(request, response);
            case "/baru" -> showForm(ProductForm.empty(), request, response);
            case "/edit" -> {
                var product = products.find(request.getParameter("id"));
                if (product.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute("product", product.get());
                showForm(ProductForm.of(product.get(), catalog.activeUnitsOf(product.get().getId()),
                        catalog.activePricesOf(product.get().getId())), request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/simpan" -> save(request, response);
            case "/arsipkan" -> archiveOrRestore(request, response, true);
            case "/pulihkan" -> archiveOrRestore(request, response, false);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String text = FormInput.text(request.getParameter("q"));
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        boolean archived = "1".equals(request.getParameter("arsip"));
        long total = products.count(text, archived);
        int pages = (int) Math.max(1, (total + ProductRepository.PAGE_SIZE - 1) / ProductRepository.PAGE_SIZE);
        int page = Math.min(Views.page(request), pages);
        request.setAttribute("q", text);
        request.setAttribute("archived", archived);
        List<Product> found = products.search(text, archived, page);
        Map<String, List<SellingUnit>> units = new HashMap<>();
        offers.of(found).forEach(offer -> units.put(offer.product().getId(), offer.units()));
        request.setAttribute("products", found);
        request.setAttribute("unitsOf", units);
        request.setAttribute("total", total);
        request.setAttribute("page", page);
        request.setAttribute("pages", pages);
        Views.render("catalog/products", request, response);
    }

    private void save(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ProductForm form = ProductForm.from(request);
        try {
            Product product = catalog.saveProduct(form.toRequest());
            Flash.success(request, "flash.saved", product.getName());
            Views.redirect("/barang", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            showForm(form, request, response);
        }
    }

    private void archiveOrRestore(HttpServletRequest request, HttpServletResponse response, boolean archive)
            throws IOException {
        String id = request.getParameter("id");
        Flash.outcome(request, archive ? "flash.archived" : "flash.restored",
                () -> (archive ? catalog.archiveProduct(id) : catalog.restoreProduct(id)).getName());
        Views.redirect(archive ? "/barang" : "/barang?arsip=1", request, response);
    }

    private void showForm(ProductForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("belowCost", form.toRequest().belowCost());
        request.setAttribute("categories", catalog.activeCategories());
        request.setAttribute("units", catalog.activeUnits());
        request.setAttribute("levels", PriceLevel.values());
        Views.render("catalog/product-form", request, response);
    }
}
