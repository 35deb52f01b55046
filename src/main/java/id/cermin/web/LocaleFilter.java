package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.jsp.jstl.core.Config;

import java.io.IOException;
import java.util.Locale;

/**
 * Bahasa Indonesia for everyone, English when asked for with {@code ?lang=en} (kept for
 * the session). The browser's own language is not used: a counter PC set to English
 * should still show the store's language unless someone chooses otherwise.
 */
@WebFilter(filterName = "locale", urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "id".equals(lang)) {
            Config.set(request.getSession(true), Config.FMT_LOCALE, "en".equals(lang) ? Locale.ENGLISH : INDONESIAN);
        }
        chain.doFilter(request, response);
    }
}
