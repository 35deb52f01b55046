package id.cermin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A message that survives one redirect (post/redirect/get): a servlet sets it after a
 * successful change, the next page shows it once.
 */
public final class Flash {

    private static final String KEY = "cermin.flash";

    /** What to say: a message key from the bundle, one argument, and its kind. */
    public record Message(String key, String argument, String kind) {
    }

    private Flash() {
    }

    public static void success(HttpServletRequest request, String key, String argument) {
        request.getSession().setAttribute(KEY, new Message(key, argument, "success"));
    }

    public static void error(HttpServletRequest request, String key, String argument) {
        request.getSession().setAttribute(KEY, new Message(key, argument, "error"));
    }

    /** Moves the pending message, if any, into the request for the layout to show. */
    static void expose(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KEY) != null) {
            request.setAttribute("flash", session.getAttribute(KEY));
            session.removeAttribute(KEY);
        }
    }
}
