package id.cermin.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The id of the user behind a request, found once per request by
 * {@link SessionAuthenticationMechanism} in the same lookup as the roles, so that services
 * which record who did something are handed the id instead of looking the name up again.
 */
public final class SignedInUser {

    static final String ATTRIBUTE = "cermin.userId";

    private SignedInUser() {
    }

    /** The signed-in user's id; only asked on pages that need a login. */
    public static String id(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        throw new IllegalStateException("No signed-in user on " + request.getRequestURI());
    }

    static void remember(HttpServletRequest request, String id) {
        request.setAttribute(ATTRIBUTE, id);
    }
}
