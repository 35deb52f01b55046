package id.cermin.mirror.web;

import id.cermin.mirror.run.RunReport;
import id.cermin.web.Flash;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * Follows a "Sinkronkan" run started from this session: while it runs, every page says so
 * and asks {@code GET /api/mirror/run} (a small script, no reload by hand) until it is done;
 * the page then shown says what the run did, as the button used to say after waiting.
 */
@WebFilter(filterName = "syncWatch", urlPatterns = "/*")
public class SyncWatch extends HttpFilter {

    private static final String KEY = "cermin.syncWatch";

    @Inject
    private MirrorService mirror;

    static void watch(HttpServletRequest request, long ticket) {
        request.getSession().setAttribute(KEY, ticket);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KEY) instanceof Long ticket && "GET".equals(request.getMethod())
                && !request.getServletPath().startsWith("/static/") && !request.getServletPath().startsWith("/api/")) {
            Optional<Optional<RunReport>> done = mirror.buttonResult(ticket);
            if (done.isPresent()) {
                session.removeAttribute(KEY);
                request.setAttribute("flash", outcome(done.get()));
            } else {
                request.setAttribute("syncWatch", ticket);
            }
        }
        chain.doFilter(request, response);
    }

    /** What the run did, in the words the button has always used. */
    static Flash.Message outcome(Optional<RunReport> done) {
        if (done.isEmpty()) {
            return Flash.message("info", "flash.syncBusy");
        }
        RunReport run = done.get();
        if (!run.hubReachable()) {
            return Flash.failure("flash.syncHubDown", run.error());
        }
        if (!run.succeeded()) {
            return Flash.failure("flash.syncFailed", run.error());
        }
        if (run.conflicts() > 0 || run.held() > 0) {
            return Flash.message("warn", "flash.syncDoneIssues", Integer.toString(run.pushed()),
                    Integer.toString(run.pulled()), Integer.toString(run.conflicts()), Integer.toString(run.held()));
        }
        return Flash.message("success", "flash.syncDone", Integer.toString(run.pushed()),
                Integer.toString(run.pulled()));
    }

    /** {@code GET /api/mirror/run?ticket=}: whether the watched run is done (JSON). */
    @WebServlet("/api/mirror/run")
    public static class Progress extends HttpServlet {

        @Inject
        private MirrorService mirror;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            long ticket;
            try {
                ticket = Long.parseLong(String.valueOf(request.getParameter("ticket")));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("done", mirror.buttonResult(ticket).isPresent()).build().toString());
        }
    }
}
