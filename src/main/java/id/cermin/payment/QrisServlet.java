package id.cermin.payment;

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
import java.io.InputStream;
import java.util.Optional;

/**
 * The store's QRIS image: {@code /qris} serves it to every signed-in page (the counter,
 * receipts, statements); the owner uploads it with POST {@code /pengaturan/qris} and
 * removes it with POST {@code /pengaturan/qris/hapus} (both on the settings page).
 */
@WebServlet(urlPatterns = {"/qris", "/pengaturan/qris", "/pengaturan/qris/hapus"})
@MultipartConfig(maxFileSize = QrisImage.MAX_BYTES + 1, maxRequestSize = QrisImage.MAX_BYTES + 64 * 1024)
public class QrisServlet extends HttpServlet {

    @Inject
    private QrisImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<QrisImage> image = "/qris".equals(request.getServletPath()) ? images.current() : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.get().contentType());
        response.setContentLength(image.get().bytes().length);
        response.getOutputStream().write(image.get().bytes());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case "/pengaturan/qris" -> upload(request);
            case "/pengaturan/qris/hapus" -> {
                images.remove();
                Flash.show(request, "success", "flash.qrisRemoved");
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Views.redirect("/pengaturan", request, response);
    }

    private void upload(HttpServletRequest request) throws IOException, ServletException {
        Part part = request.getPart("image");
        byte[] bytes;
        try (InputStream in = part == null ? InputStream.nullInputStream() : part.getInputStream()) {
            bytes = in.readNBytes(QrisImage.MAX_BYTES + 1);
        }
        Optional<QrisImage> image = QrisImage.of(bytes);
        if (image.isEmpty()) {
            Flash.show(request, "error", "error.qrisImage");
            return;
        }
        images.save(image.get());
        Flash.show(request, "success", "flash.qrisSaved");
    }
}
