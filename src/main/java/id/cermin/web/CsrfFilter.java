package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Synchronizer-token CSRF protection: each session holds a random token that every page
 * puts in its forms as {@code _csrf}; a POST (or any other non-GET) without the matching
 * token in its body is refused with 403 before any servlet sees it, so it changes nothing.
 * A token in the address is refused (addresses end up in logs and Referer headers), a
 * login gets a new token, and a visitor without a session gets none: only the pages that
 * need one (login, set-up) start a session.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

    public static final String PARAMETER = "_csrf";
    private static final String SESSION_KEY = "cermin.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith("/static/") || path.equals("/health")) {
            chain.doFilter(request, response);
            return;
        }
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!safe && !tokenMatches(request)) {
            LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getRequestURI()
                    + " without a valid form token (" + (request.getSession(false) == null ? "no session"
                    : "token mismatch") + ")");
            request.setAttribute("csrfRefused", true);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.setAttribute("csrfToken", tokenFor(session));
        }
        chain.doFilter(request, response);
    }

    /** Puts the session's token (creating session and token if needed) where the views find it. */
    public static void exposeToken(HttpServletRequest request) {
        request.setAttribute("csrfToken", tokenFor(request.getSession(true)));
    }

    /** A new token for the session, e.g. at login: a token seen before the login is worth nothing after it. */
    public static void renewToken(HttpServletRequest request) {
        request.getSession(true).removeAttribute(SESSION_KEY);
        exposeToken(request);
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        String given = request.getParameter(PARAMETER);
        if (expected == null || given == null || inAddress(request.getQueryString())) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean inAddress(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (PARAMETER.equals(decoded(name))) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String tokenFor(HttpSession session) {
        String token = (String) session.getAttribute(SESSION_KEY);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_KEY, token);
        }
        return token;
    }
}
