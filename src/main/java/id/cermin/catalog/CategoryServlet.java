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

/**
 * Daftar Kategori: {@code /kategori} lists with an add form, {@code /kategori/edit?id=}
 * edits, POST {@code /kategori/simpan} and {@code /kategori/arsipkan} change it.
 */
@WebServlet(urlPatterns = {"/kategori", "/kategori/*"})
public class CategoryServlet extends HttpServlet {

    @Inject
    private CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> list(request, response, "", "");
            case "/edit" -> {
                var category = catalog.category(request.getParameter("id")).filter(c -> !c.isArchived());
                if (category.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                list(request, response, category.get().getId(), category.get().getName());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String id = request.getParameter("id");
        switch (action) {
            case "/simpan" -> {
                String name = FormInput.text(request.getParameter("name"));
                try {
                    Category category = catalog.saveCategory(id, name);
                    Flash.success(request, "flash.saved", category.getName());
                    Views.redirect("/kategori", request, response);
                } catch (InvalidInputException e) {
                    request.setAttribute("errors", e.errors());
                    list(request, response, id == null ? "" : id, name);
                }
            }
            case "/arsipkan" -> {
                Flash.outcome(request, "flash.deleted", () -> catalog.deleteCategory(id).getName());
                Views.redirect("/kategori", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response, String editId, String name)
            throws ServletException, IOException {
        request.setAttribute("categories", catalog.activeCategories());
        request.setAttribute("counts", catalog.productCountsByCategory());
        request.setAttribute("editId", editId);
        request.setAttribute("name", name);
        Views.render("catalog/categories", request, response);
    }
}
