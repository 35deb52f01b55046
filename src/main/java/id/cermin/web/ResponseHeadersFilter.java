package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Browser-side hardening for every page: only our own scripts and styles run, no
 * framing, no content sniffing, and pages with prices or sales are never cached. A page
 * the browser fetched over HTTPS (directly or through the trusted proxy) also tells it to
 * use HTTPS only from now on (HSTS), for a year.
 */
@WebFilter(filterName = "responseHeaders", urlPatterns = "/*")
public class ResponseHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getServletPath().startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
