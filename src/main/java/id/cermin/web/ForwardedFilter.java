package id.cermin.web;

import id.cermin.platform.NodeSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * First of all filters: a request that a trusted proxy passed on ({@link TrustedProxy})
 * continues as the browser made it ({@link ForwardedRequest}), so every page, the login's
 * throttle and the security headers see the browser's address and whether it used HTTPS.
 */
@WebFilter(filterName = "forwarded", urlPatterns = "/*")
public class ForwardedFilter extends HttpFilter {

    private TrustedProxy proxy;

    @Override
    public void init() {
        proxy = TrustedProxy.fromSettings(NodeSettings.fromEnvironment());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TrustedProxy.Client client = proxy.client(request.getRemoteAddr(), request.isSecure(),
                request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-For"));
        boolean asIs = client.address().equals(request.getRemoteAddr()) && client.https() == request.isSecure();
        chain.doFilter(asIs ? request : new ForwardedRequest(request, response, client), response);
    }
}
