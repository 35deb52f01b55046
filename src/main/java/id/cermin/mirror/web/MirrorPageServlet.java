package id.cermin.mirror.web;

import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sinkronisasi: {@code /sinkronisasi} shows the mirror's health, what is held back and
 * the latest runs (on the hub: every store's last report); {@code /sinkronisasi/konflik}
 * lists the concurrent overwrites of master data with both values.
 */
@WebServlet(urlPatterns = {"/sinkronisasi", "/sinkronisasi/*"})
public class MirrorPageServlet extends HttpServlet {

    static final int HISTORY_SIZE = 50;
    static final int CONFLICTS_SHOWN = 100;

    @Inject
    private MirrorStatusQueries statusQueries;

    @Inject
    private RunHistory history;

    @Inject
    private ConflictQueries conflicts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> {
                request.setAttribute("mirror", statusQueries.status());
                request.setAttribute("runs", history.latest(HISTORY_SIZE));
                Views.render("mirror/status", request, response);
            }
            case "/konflik" -> {
                request.setAttribute("conflicts", conflicts.newest(CONFLICTS_SHOWN));
                request.setAttribute("conflictCount", conflicts.count());
                Views.render("mirror/conflicts", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
