package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Hands a pending {@link Flash} message to the page rendered by the next GET. */
@WebFilter(filterName = "flash", urlPatterns = "/*")
public class FlashFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && !request.getServletPath().startsWith("/static/")) {
            Flash.expose(request);
        }
        chain.doFilter(request, response);
    }
}
