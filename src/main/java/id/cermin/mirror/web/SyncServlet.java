package id.cermin.mirror.web;


import id.cermin.platform.NodeIdentity;
import id.cermin.web.Flash;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * POST {@code /sync}: the "Sinkronkan" button. Starts a mirror run in the background and
 * goes back at once to the page the button was on, which shows the run going on and then
 * what it did ({@link SyncWatch}); a run already going on is reported, not queued.
 */
@WebServlet("/sync")
public class SyncServlet extends HttpServlet {

    @Inject
    private MirrorService mirror;

    @Inject
    private NodeIdentity identity;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (identity.role() == NodeIdentity.Role.HUB) {
            Flash.error(request, "flash.syncOnHub", null);
        } else {
            report(request);
        }
        Views.redirect(backTo(request.getParameter("back")), request, response);
    }

    private void report(HttpServletRequest request) {
        long ticket;
        try {
            ticket = mirror.startButtonRun();
        } catch (HubUnreachableException e) {
            Flash.error(request, "flash.syncHubDown", null);
            return;
        }
        SyncWatch.watch(request, ticket);
        Flash.show(request, "info", "flash.syncStarted");
    }

    /** A path on this site ({@code /sinkronisasi}), never another host; anything else goes home. */
    static String backTo(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(ch -> ch < 0x20 || ch == '\\')) {
            return "/";
        }
        return back;
    }
}
