package id.cermin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.function.Supplier;

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

    /**
     * Runs a change and leaves its outcome for the next page: the success message with
     * what the change returns (a name, a number), or the first reason it was refused.
     */
    public static void outcome(HttpServletRequest request, String successKey, Supplier<String> change) {
        try {
            success(request, successKey, change.get());
        } catch (InvalidInputException e) {
            error(request, e.errors().values().iterator().next(), null);
        }
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
