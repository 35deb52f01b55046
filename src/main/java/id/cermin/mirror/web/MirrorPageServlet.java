package id.cermin.mirror.web;

import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Inject
    private RowLabels labels;

    @Inject
    private id.cermin.platform.NodeIdentity identity;

    @Inject
    private MirrorService mirror;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> {
                MirrorStatus status = statusQueries.status();
                request.setAttribute("mirror", status);
                request.setAttribute("heldLabels", heldLabels(status.held()));
                request.setAttribute("runs", history.latest(HISTORY_SIZE));
                Views.render("mirror/status", request, response);
            }
            case "/konflik" -> {
                List<ConflictView> newest = conflicts.newest(CONFLICTS_SHOWN);
                request.setAttribute("conflicts", newest);
                request.setAttribute("conflictLabels", conflictLabels(newest));
                request.setAttribute("hubNodes", hubNodes());
                request.setAttribute("conflictCount", conflicts.count());
                Views.render("mirror/conflicts", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The hub's node name, to say "pusat" for it: this node on the hub, as the mirror heard it on a store. */
    private java.util.Set<String> hubNodes() {
        if (identity.role() == id.cermin.platform.NodeIdentity.Role.HUB) {
            return java.util.Set.of(identity.node());
        }
        String hub = mirror.hubNode();
        return hub == null ? java.util.Set.of() : java.util.Set.of(hub);
    }

    /** Each held row's label, by row id (ids are unique across tables). */
    private Map<String, RowLabel> heldLabels(List<MirrorStatus.Held> held) {
        Map<String, RowLabel> named = new HashMap<>();
        held.stream().collect(Collectors.groupingBy(MirrorStatus.Held::table,
                        Collectors.mapping(MirrorStatus.Held::rowId, Collectors.toList())))
                .forEach((table, ids) -> named.putAll(labels.of(table, ids)));
        return named;
    }

    /** Each conflict's row, and each category a product's conflict names, by id. */
    private Map<String, RowLabel> conflictLabels(List<ConflictView> shown) {
        return labels.ofCompared(shown.stream().collect(Collectors.groupingBy(ConflictView::table,
                        Collectors.mapping(ConflictView::rowId, Collectors.toList()))),
                shown.stream().flatMap(k -> k.fields().stream()).toList());
    }
}
