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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Bahasa Indonesia for everyone, English when asked for with {@code ?lang=en}. The choice is
 * kept in the session of a signed-in person (or of the login page, which has one); a visitor
 * without a session gets it for that page only, so a language link never starts a session.
 * The browser's own language is not used: a counter PC set to English should still show the
 * store's language unless someone chooses otherwise. The views read the choice from the
 * request (they never touch the session themselves).
 * The layout's language link ({@code languageSwitch}) leads back to the same page with the
 * same query.
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
        request.setAttribute("languageSwitch", switchHref(request.getMethod(), request.getRequestURI(),
                request.getQueryString(), request.getHeader("Referer"), request.getHeader("Host")));
        chain.doFilter(request, response);
    }

    /**
     * The address of this page without its {@code lang} parameter, ready for
     * {@code lang=..} to be appended: the page itself for a GET; for a page shown in answer
     * to a form (POST), the page the form was on, when it was on this site, else the home page.
     */
    static String switchHref(String method, String path, String query, String referer, String host) {
        if (!"GET".equals(method)) {
            URI from = referer == null ? null : parse(referer);
            if (from == null || host == null || !host.equals(from.getRawAuthority()) || from.getRawPath() == null) {
                return "/?";
            }
            path = from.getRawPath();
            query = from.getRawQuery();
        }
        StringBuilder href = new StringBuilder(path).append('?');
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                    href.append(pair).append('&');
                }
            }
        }
        return href.toString();
    }

    private static URI parse(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
