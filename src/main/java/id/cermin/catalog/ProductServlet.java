package id.cermin.catalog;

import id.cermin.branch.Branches;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Daftar Barang: {@code /barang?q=&hal=&arsip=1} lists and searches, {@code /barang/baru}
 * and {@code /barang/edit?id=} show the form, POST {@code /barang/simpan},
 * {@code /barang/arsipkan} (archives) and {@code /barang/pulihkan} change it;
 * POST {@code /barang/harga-cabang} sets the product's price per branch.
 */
@WebServlet(urlPatterns = {"/barang", "/barang/*"})
public class ProductServlet extends HttpServlet {

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    @Inject
    private StorePrices prices;

    @Inject
    private Branches branches;

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
                request.setAttribute("branches", branches.active());
                request.setAttribute("storePrices", prices.of(product.get().getId()));
                showForm(ProductForm.of(product.get()), request, response);
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
            case "/harga-cabang" -> saveStorePrices(request, response);
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
        request.setAttribute("products", products.search(text, archived, page));
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

    /** Each branch's price as typed: a price of its own, or empty for the price for all. */
    private void saveStorePrices(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String[] stores = request.getParameterValues("store");
        String[] typed = request.getParameterValues("price");
        int count = stores == null || typed == null ? 0 : Math.min(Math.min(stores.length, typed.length), 500);
        try {
            for (int i = 0; i < count; i++) {
                String store = stores[i];
                if (branches.byNode(store).isEmpty()) {
                    continue;
                }
                String text = FormInput.text(typed[i]);
                Long price = text.isEmpty() ? null : FormInput.rupiah(text).orElseThrow(() ->
                        new InvalidInputException(Map.of("form", "error.storePrice", "argument", store)));
                prices.set(id, store, price);
            }
            Flash.success(request, "flash.storePricesSaved", null);
        } catch (InvalidInputException e) {
            Flash.error(request, e.errors().get("form"), e.errors().get("argument"));
        }
        Views.redirect("/barang/edit?id=" + URLEncoder.encode(id == null ? "" : id, StandardCharsets.UTF_8),
                request, response);
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
        request.setAttribute("categories", catalog.activeCategories());
        request.setAttribute("units", catalog.activeUnits());
        Views.render("catalog/product-form", request, response);
    }
}
