package id.cermin.web;

import jakarta.json.JsonStructure;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Renders {@code /WEB-INF/views/<name>.jsp} (never reachable by their own URL), or JSON for the pages' scripts. */
public final class Views {

    private Views() {
    }

    public static void render(String name, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/WEB-INF/views/" + name + ".jsp").forward(request, response);
    }

    /**
     * Sends the browser to a path of this site with a relative {@code Location}, which the
     * browser resolves against the address it used: behind a proxy that ends HTTPS the
     * container would write {@code http://} itself.
     */
    public static void redirect(String path, HttpServletRequest request, HttpServletResponse response) {
        redirect(request.getContextPath() + path, response);
    }

    /** The same for a path that already holds the context path. */
    public static void redirect(String absolutePath, HttpServletResponse response) {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", absolutePath);
    }

    /** Answers with JSON, in UTF-8. */
    public static void json(JsonStructure json, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
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
