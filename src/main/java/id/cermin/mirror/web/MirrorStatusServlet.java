package id.cermin.mirror.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /api/mirror/status}: the same {@link MirrorStatus} the dashboard shows, as
 * JSON for a monitor or a script. Times are ISO-8601 UTC instants; unknown values are null.
 */
@WebServlet("/api/mirror/status")
public class MirrorStatusServlet extends HttpServlet {

    @Inject
    private MirrorStatusQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MirrorStatus status = queries.status();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("node", status.node())
                .add("role", status.role());
        if (status.hubReachable() == null) {
            json.addNull("hubReachable");
        } else {
            json.add("hubReachable", status.hubReachable());
        }
        json.add("pendingOut", status.pendingOut())
                .add("oldestPendingSeconds", status.oldestPendingSeconds());
        instant(json, "lastRunAt", status.lastRunAt());
        instant(json, "lastSuccessAt", status.lastSuccessAt());
        text(json, "lastError", status.lastError());
        instant(json, "hubUnreachableSince", status.hubUnreachableSince());
        json.add("conflicts", status.conflicts())
                .add("running", status.running())
                .add("bootstrapCopied", status.bootstrapCopied());
        JsonArrayBuilder held = Json.createArrayBuilder();
        for (MirrorStatus.Held h : status.held()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("direction", h.direction());
            text(item, "table", h.table());
            text(item, "rowId", h.rowId());
            text(item, "reason", h.reason());
            held.add(item);
        }
        json.add("held", held);
        if (status.diverged() == null) {
            json.addNull("diverged");
        } else {
            JsonArrayBuilder tables = Json.createArrayBuilder();
            status.diverged().tables().forEach(tables::add);
            json.add("diverged", Json.createObjectBuilder().add("since", status.diverged().since().toString())
                    .add("tables", tables).add("rows", status.diverged().rows()));
        }
        instant(json, "comparedAt", status.comparedAt());
        if (status.clockOffsetSeconds() == null) {
            json.addNull("clockOffsetSeconds");
        } else {
            json.add("clockOffsetSeconds", status.clockOffsetSeconds());
        }
        if (status.isHub()) {
            JsonArrayBuilder stores = Json.createArrayBuilder();
            for (MirrorStatus.Store s : status.stores()) {
                JsonObjectBuilder store = Json.createObjectBuilder().add("node", s.node());
                instant(store, "lastContactAt", s.lastContactAt());
                instant(store, "lastRunAt", s.lastRunAt());
                instant(store, "lastSuccessAt", s.lastSuccessAt());
                text(store, "lastError", s.lastError());
                store.add("toApply", s.toApply()).add("toPull", s.toPull()).add("held", s.held());
                if (s.pendingSeconds() == null) {
                    store.addNull("pendingSeconds");
                } else {
                    store.add("pendingSeconds", s.pendingSeconds());
                }
                text(store, "diverged", s.diverged());
                stores.add(store);
            }
            json.add("stores", stores);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        text(json, name, value == null ? null : value.toString());
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
