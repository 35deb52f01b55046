package id.cermin.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Renders {@code /WEB-INF/views/<name>.jsp}; views are never reachable by their own URL. */
public final class Views {

    private Views() {
    }

    public static void render(String name, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/WEB-INF/views/" + name + ".jsp").forward(request, response);
    }

    public static void redirect(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** The value of a page number parameter, 1 when absent or nonsense. */
    public static int page(HttpServletRequest request) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(request.getParameter("hal"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
