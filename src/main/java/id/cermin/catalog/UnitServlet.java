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

/** The editable list of units: {@code /satuan}, POST {@code /satuan/simpan} and {@code /satuan/arsipkan}. */
@WebServlet(urlPatterns = {"/satuan", "/satuan/*"})
public class UnitServlet extends HttpServlet {

    @Inject
    private CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("units", catalog.allUnits());
        Views.render("catalog/units", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            switch (action) {
                case "/simpan" -> {
                    Unit unit = catalog.addUnit(FormInput.text(request.getParameter("code")).toLowerCase(),
                            request.getParameter("fraction") != null);
                    Flash.success(request, "flash.saved", unit.getCode());
                }
                case "/arsipkan" -> {
                    Unit unit = catalog.archiveUnit(request.getParameter("id"));
                    Flash.success(request, "flash.archived", unit.getCode());
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
        } catch (InvalidInputException e) {
            Flash.error(request, e.errors().values().iterator().next(), request.getParameter("code"));
        }
        Views.redirect("/satuan", request, response);
    }
}
