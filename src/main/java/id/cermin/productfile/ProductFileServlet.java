package id.cermin.productfile;

import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.Flash;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code /barang/impor}: upload a product file (POST, multipart) to see what it would do,
 * row by row, then POST {@code /barang/impor/simpan} with the preview's token to save it;
 * {@code /barang/ekspor}: the product list as CSV.
 */
@WebServlet(urlPatterns = {"/barang/impor", "/barang/impor/*", "/barang/ekspor"})
@MultipartConfig(maxFileSize = ProductFileServlet.MAX_FILE, maxRequestSize = ProductFileServlet.MAX_FILE + 64 * 1024)
public class ProductFileServlet extends HttpServlet {

    static final long MAX_FILE = 5L * 1024 * 1024;
    private static final String PREVIEW = "cermin.importPreview";

    @Inject
    private ImportService imports;

    @Inject
    private ProductExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("/barang/ekspor".equals(request.getServletPath())) {
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"barang.csv\"");
            export.products(response.getWriter());
            return;
        }
        if (request.getPathInfo() != null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getSession().removeAttribute(PREVIEW);
        renderImport(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("/simpan".equals(request.getPathInfo())) {
            save(request, response);
            return;
        }
        if (request.getPathInfo() != null || "/barang/ekspor".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // A form sent as anything but a file upload has no file (getPart would fail on it).
        String type = request.getContentType();
        Part file = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                ? request.getPart("file") : null;
        if (file == null || file.getSize() == 0) {
            request.setAttribute("fileError", "error.importEmpty");
            response.setStatus(422);
            renderImport(request, response);
            return;
        }
        ImportPreview preview;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            preview = imports.preview(file.getSubmittedFileName(), reader);
        }
        request.getSession().setAttribute(PREVIEW, preview);
        request.setAttribute("preview", preview);
        renderImport(request, response);
    }

    private void save(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object kept = request.getSession().getAttribute(PREVIEW);
        if (!(kept instanceof ImportPreview preview) || !preview.token().equals(request.getParameter("token"))) {
            Flash.error(request, "error.importExpired", null);
            Views.redirect("/barang/impor", request, response);
            return;
        }
        try {
            int saved = imports.save(preview.valid());
            request.getSession().removeAttribute(PREVIEW);
            Flash.success(request, "flash.imported", Integer.toString(saved));
            Views.redirect("/barang", request, response);
        } catch (InvalidInputException e) {
            Flash.error(request, Flash.firstMessage(e), e.errors().get("argument"));
            Views.redirect("/barang/impor", request, response);
        }
    }

    /** The import page, with the columns a file may have (the file's own words, shown as they are typed). */
    private static void renderImport(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("csvColumns", String.join(",", ProductCsv.COLUMNS));
        Views.render("productfile/import", request, response);
    }
}
