package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Cermin's pages are read with GET (and HEAD) and changed with POST; any other method (PUT,
 * DELETE, PATCH, OPTIONS...) is answered 405 with the page that says so in Indonesian, before
 * anything else looks at it. (The pages themselves can only be shown for GET and POST: the
 * page is shown as for a GET.)
 */
@WebFilter(filterName = "methods", urlPatterns = "/*")
public class MethodFilter extends HttpFilter {

    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ALLOWED.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", String.join(", ", ALLOWED));
        request.getRequestDispatcher("/WEB-INF/views/error/405.jsp").forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }
}
