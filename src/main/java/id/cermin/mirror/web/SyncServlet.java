package id.cermin.mirror.web;

import id.cermin.mirror.run.RunReport;

import id.cermin.platform.NodeIdentity;
import id.cermin.web.Flash;
import id.cermin.web.LocalPath;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * POST {@code /sync}: the "Sinkronkan" button. Runs the mirror once, now, and goes back
 * to the page the button was on with what the run did; a run already going on is
 * reported, not queued.
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
        RunReport run;
        try {
            run = mirror.runNow();
        } catch (HubUnreachableException e) {
            Flash.error(request, "flash.syncHubDown", null);
            return;
        }
        if (run == null) {
            Flash.show(request, "info", "flash.syncBusy");
        } else if (!run.hubReachable()) {
            Flash.error(request, "flash.syncHubDown", null);
        } else if (!run.succeeded()) {
            Flash.error(request, "flash.syncFailed", run.error());
        } else if (run.conflicts() > 0 || run.held() > 0) {
            Flash.show(request, "warn", "flash.syncDoneIssues", Integer.toString(run.pushed()),
                    Integer.toString(run.pulled()), Integer.toString(run.conflicts()), Integer.toString(run.held()));
        } else {
            Flash.show(request, "success", "flash.syncDone", Integer.toString(run.pushed()),
                    Integer.toString(run.pulled()));
        }
    }

    /** A path on this site ({@code /sinkronisasi}), never another host; anything else goes home. */
    static String backTo(String back) {
        return LocalPath.of(back).orElse("/");
    }
}
