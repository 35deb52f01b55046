package id.cermin.mirror.web;

import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.verify.Divergences;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * "Perbedaan data": {@code GET /sinkronisasi/perbedaan} lists the master data the store and
 * the hub hold differently (found by the rolling compare, not settled by the mirror), each
 * side by side; {@code POST /sinkronisasi/perbedaan} with {@code pakai=toko|pusat} settles one.
 */
@WebServlet("/sinkronisasi/perbedaan")
public class DivergenceServlet extends HttpServlet {

    /** One difference as the owner reads it: what, since when, and every column with both values. */
    public record View(String table, String rowId, java.time.Instant foundAt, List<ConflictView.Field> fields) {
    }

    @Inject
    private MirrorService mirror;

    @Inject
    private RowLabels labels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            List<View> differences = mirror.divergences().stream().map(DivergenceServlet::view).toList();
            request.setAttribute("differences", differences);
            request.setAttribute("differenceLabels", labels.ofCompared(differences.stream().collect(
                            java.util.stream.Collectors.groupingBy(View::table, java.util.stream.Collectors.mapping(
                                    View::rowId, java.util.stream.Collectors.toList()))),
                    differences.stream().flatMap(d -> d.fields().stream()).toList()));
        } catch (SQLException | HubUnreachableException e) {
            request.setAttribute("differences", List.of());
        }
        Views.render("mirror/divergences", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MirroredTable> table = MirroredTable.bySqlName(String.valueOf(request.getParameter("tabel")));
        String rowId = request.getParameter("id");
        String keep = request.getParameter("pakai");
        if (table.isEmpty() || !table.get().isMaster() || rowId == null || rowId.length() > 36
                || !("toko".equals(keep) || "pusat".equals(keep))) {
            Flash.error(request, "error.notFound", null);
        } else {
            try {
                mirror.settle(table.get(), rowId, "toko".equals(keep));
                Flash.success(request, "toko".equals(keep) ? "flash.keptStore" : "flash.keptHub", null);
            } catch (SQLException | HubUnreachableException e) {
                Flash.error(request, "flash.verifyHubDown", null);
            }
        }
        Views.redirect("/sinkronisasi/perbedaan", request, response);
    }

    private static View view(Divergences.Entry e) {
        return new View(e.table().sqlName(), e.rowId(), e.foundAt().toInstant(ZoneOffset.UTC),
                ConflictQueries.fields(e.store() == null ? "{}" : e.store().toJson(),
                        e.hub() == null ? "{}" : e.hub().toJson()));
    }
}
