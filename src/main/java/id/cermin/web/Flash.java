package id.cermin.web;

import id.cermin.platform.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A message that survives one redirect (post/redirect/get): a servlet sets it after a
 * successful change, the next page shows it once.
 */
public final class Flash {

    private static final String KEY = "cermin.flash";

    /**
     * What to say: a message key from the bundle, its arguments, its kind (success, error,
     * info, warn), and the technical detail behind an error (shown folded away), or null.
     */
    public record Message(String key, List<String> arguments, String kind, String detail) {

        /** The first argument, for messages that take one. */
        public String argument() {
            return arguments.isEmpty() ? null : arguments.get(0);
        }
    }

    private Flash() {
    }

    public static void success(HttpServletRequest request, String key, String argument) {
        show(request, "success", key, argument);
    }

    public static void error(HttpServletRequest request, String key, String argument) {
        show(request, "error", key, argument);
    }

    /** A message to show on the page being rendered now (not after a redirect). */
    public static Message message(String kind, String key, String... arguments) {
        return new Message(key, Arrays.asList(arguments), kind, null);
    }

    /** A message of any kind with any number of arguments ({@code {0} dikirim, {1} diterima}). */
    public static void show(HttpServletRequest request, String kind, String key, String... arguments) {
        request.getSession().setAttribute(KEY, new Message(key, Arrays.asList(arguments), kind, null));
    }

    /** An error said in plain words ({@code key}), with what the system reported folded away under it. */
    public static void failure(HttpServletRequest request, String key, String technicalDetail) {
        request.getSession().setAttribute(KEY, failure(key, technicalDetail));
    }

    /** The same, to show on the page being rendered now. */
    public static Message failure(String key, String technicalDetail) {
        return new Message(key, List.of(), "error", technicalDetail);
    }

    /**
     * Runs a change and leaves its outcome for the next page: the success message with
     * what the change returns (a name, a number), or the first reason it was refused.
     */
    public static void outcome(HttpServletRequest request, String successKey, Supplier<String> change) {
        try {
            success(request, successKey, change.get());
        } catch (InvalidInputException e) {
            error(request, firstMessage(e), e.errors().get("argument"));
        }
    }

    /** The message of a refusal: the first field's, never what a message names ("argument", "amount"). */
    public static String firstMessage(InvalidInputException refused) {
        return refused.errors().entrySet().stream()
                .filter(e -> !e.getKey().equals("argument") && !e.getKey().equals("amount"))
                .map(Map.Entry::getValue).findFirst().orElse("error.form");
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
