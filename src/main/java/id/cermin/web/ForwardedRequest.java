package id.cermin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * A request as the browser made it when a trusted proxy passed it on ({@link TrustedProxy}):
 * the browser's address and scheme. Over HTTPS its session cookie is marked
 * {@code Secure} as soon as the container writes it (at a new session or a new session
 * id), which the container itself cannot know behind a proxy that ends TLS.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final HttpServletResponse response;
    private final TrustedProxy.Client client;

    ForwardedRequest(HttpServletRequest request, HttpServletResponse response, TrustedProxy.Client client) {
        super(request);
        this.response = response;
        this.client = client;
    }

    @Override
    public String getRemoteAddr() {
        return client.address();
    }

    @Override
    public String getRemoteHost() {
        return client.address();
    }

    @Override
    public boolean isSecure() {
        return client.https();
    }

    @Override
    public String getScheme() {
        return client.https() ? "https" : "http";
    }

    @Override
    public HttpSession getSession() {
        return getSession(true);
    }

    @Override
    public HttpSession getSession(boolean create) {
        HttpSession session = super.getSession(create);
        secureSessionCookie();
        return session;
    }

    @Override
    public String changeSessionId() {
        String id = super.changeSessionId();
        secureSessionCookie();
        return id;
    }

    private void secureSessionCookie() {
        if (!client.https() || response.isCommitted()) {
            return;
        }
        String prefix = getServletContext().getSessionCookieConfig().getName() + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix) && !isSecure(cookie))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String written = cookie.startsWith(prefix) && !isSecure(cookie) ? cookie + "; Secure" : cookie;
            if (i == 0) {
                response.setHeader(SET_COOKIE, written);
            } else {
                response.addHeader(SET_COOKIE, written);
            }
        }
    }

    private static boolean isSecure(String cookie) {
        return cookie.toLowerCase().matches(".*;\\s*secure(;.*)?");
    }
}
