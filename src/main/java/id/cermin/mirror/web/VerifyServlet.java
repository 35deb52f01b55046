package id.cermin.mirror.web;

import id.cermin.mirror.apply.SqlErrors;
import id.cermin.mirror.verify.Verifier;

import id.cermin.platform.NodeIdentity;
import id.cermin.web.Flash;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Periksa data" (POST {@code /sinkronisasi/periksa}) compares store and hub table by
 * table and shows what differs; "Perbaiki" (POST {@code /sinkronisasi/perbaiki}) compares
 * again, repairs what differs, and shows the rows written and a fresh comparison.
 * Both need the hub, so they run from a store.
 */
@WebServlet(urlPatterns = {"/sinkronisasi/periksa", "/sinkronisasi/perbaiki"})
public class VerifyServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(VerifyServlet.class.getName());

    @Inject
    private MirrorService mirror;

    @Inject
    private NodeIdentity identity;

    @Inject
    private RowLabels labels;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (identity.role() == NodeIdentity.Role.HUB) {
            request.setAttribute("onHub", true);
            Views.render("mirror/verify", request, response);
            return;
        }
        boolean repair = request.getServletPath().endsWith("/perbaiki");
        try {
            if (repair) {
                request.setAttribute("written", mirror.repair(mirror.verify()));
            }
            Verifier.Report report = mirror.verify();
            request.setAttribute("report", report);
            request.setAttribute("differences", DifferenceView.of(report, labels));
            request.setAttribute("stockDifferences", DifferenceView.stock(report.storeStockMismatches(), labels));
        } catch (HubUnreachableException e) {
            Flash.failure(request, "flash.verifyHubDown", e.getMessage());
            Views.redirect("/sinkronisasi", request, response);
            return;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Periksa data failed", e);
            Flash.failure(request, "flash.verifyFailed", SqlErrors.describe(rootCause(e)));
            Views.redirect("/sinkronisasi", request, response);
            return;
        }
        request.setAttribute("repaired", repair);
        Views.render("mirror/verify", request, response);
    }

    private static Exception rootCause(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof Exception root ? root : e;
    }
}
