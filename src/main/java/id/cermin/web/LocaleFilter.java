package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.jsp.jstl.core.Config;

import java.io.IOException;
import java.util.Locale;

/**
 * Bahasa Indonesia for everyone, English when asked for with {@code ?lang=en}. The choice is
 * kept in the session of a signed-in person (or of the login page, which has one); a visitor
 * without a session gets it for that page only, so a language link never starts a session.
 * The browser's own language is not used: a counter PC set to English should still show the
 * store's language unless someone chooses otherwise. The views read the choice from the
 * request (they never touch the session themselves).
 */
@WebFilter(filterName = "locale", urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        HttpSession session = request.getSession("/login".equals(request.getServletPath()) && lang != null);
        if ("en".equals(lang) || "id".equals(lang)) {
            Locale chosen = "en".equals(lang) ? Locale.ENGLISH : INDONESIAN;
            if (session != null) {
                Config.set(session, Config.FMT_LOCALE, chosen);
            }
            Config.set(request, Config.FMT_LOCALE, chosen);
        } else if (session != null && Config.get(session, Config.FMT_LOCALE) != null) {
            Config.set(request, Config.FMT_LOCALE, Config.get(session, Config.FMT_LOCALE));
        }
        chain.doFilter(request, response);
    }
}
