package id.cermin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Nobody types control characters (NUL, escape, backspace...) into a form or a search box:
 * a request that carries one in any parameter is refused with 400 and a page that says so,
 * before any servlet reads it. Tabs and line breaks are text and pass.
 */
@WebFilter(filterName = "controlCharacters", urlPatterns = "/*")
public class ControlCharactersFilter extends HttpFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith("/static/") && hasControlCharacter(request.getParameterMap())) {
            request.setAttribute("refusedInput", "errorpage.400.control");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasControlCharacter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (CONTROL.matcher(parameter.getKey()).find()) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (CONTROL.matcher(value).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
