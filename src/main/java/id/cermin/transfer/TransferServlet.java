package id.cermin.transfer;

import id.cermin.account.SignedInUser;
import id.cermin.branch.Branches;
import id.cermin.branch.StoreFilter;
import id.cermin.catalog.ProductLookup;
import id.cermin.catalog.ProductSuggestion;
import id.cermin.platform.IdempotentWrite;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.settings.StoreProfiles;
import id.cermin.web.Flash;
import id.cermin.web.FormInput;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutasi stok: {@code /mutasi?toko=&status=perjalanan&hal=} (goods waiting to be taken in
 * here, and every transfer), {@code /mutasi/kirim} (the send page, on a store),
 * {@code /mutasi/cari?q=} (product lookup), POST {@code /mutasi/kirim},
 * {@code /mutasi/surat-jalan?id=} (the note, on A4 or 80 mm, with "Terima barang" at the
 * receiving store) and POST {@code /mutasi/terima}.
 */
@WebServlet(urlPatterns = {"/mutasi", "/mutasi/*"})
public class TransferServlet extends HttpServlet {

    @Inject
    private TransferService transfers;

    @Inject
    private TransferQueries queries;

    @Inject
    private Branches branches;

    @Inject
    private StoreFilter storeFilter;

    @Inject
    private ProductLookup lookup;

    @Inject
    private StoreProfiles profiles;

    @Inject
    private NodeIdentity identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> list(request, response);
            case "/kirim" -> sendPage(request, response);
            case "/cari" -> Views.json(ProductSuggestion.toJson(lookup.find(FormInput.text(request.getParameter("q"))),
                    false), response);
            case "/surat-jalan" -> note(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/kirim" -> send(request, response);
            case "/terima" -> receive(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean hub = identity.role() == NodeIdentity.Role.HUB;
        String store = storeFilter.choose(request);
        boolean inTransit = "perjalanan".equals(request.getParameter("status"));
        long total = queries.count(store, inTransit);
        int pages = (int) Math.max(1, (total + TransferQueries.PAGE_SIZE - 1) / TransferQueries.PAGE_SIZE);
        int page = Math.min(Views.page(request), pages);
        request.setAttribute("transfers", queries.list(store, inTransit, page));
        request.setAttribute("awaiting", hub ? List.of() : queries.awaiting(identity.node()));
        request.setAttribute("inTransit", inTransit);
        request.setAttribute("total", total);
        request.setAttribute("page", page);
        request.setAttribute("pages", pages);
        Views.render("transfer/transfers", request, response);
    }

    private void sendPage(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (identity.role() != NodeIdentity.Role.STORE) {
            Flash.error(request, "error.transferFromHub", null);
            Views.redirect("/mutasi", request, response);
            return;
        }
        request.setAttribute("destinations", branches.otherThan(identity.node()));
        Views.render("transfer/send", request, response);
    }

    private void send(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            TransferRequest form = formOf(request);
            StockTransfer sent = IdempotentWrite.run(() -> transfers.send(form),
                    () -> transfers.findByKey(form.idempotencyKey()));
            Flash.success(request, "flash.transferSent", sent.getReference());
            Views.redirect("/mutasi/surat-jalan?id=" + sent.getId(), request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            response.setStatus(422);
            sendPage(request, response);
        }
    }

    private void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<StockTransfer> transfer = transfers.find(id);
        ReceiveRequest form = new ReceiveRequest(id, SignedInUser.id(request),
                FormInput.text(request.getParameter("note")));
        try {
            IdempotentWrite.run(() -> transfers.receive(form), () -> transfers.receiptOf(id));
            Flash.success(request, "flash.transferReceived", transfer.map(StockTransfer::getReference).orElse(""));
        } catch (InvalidInputException e) {
            Flash.error(request, e.errors().getOrDefault("form", e.errors().get("note")), e.errors().get("argument"));
        }
        // Back to the delivery note only when there is one; never an address made of what was sent.
        Views.redirect(transfer.map(t -> "/mutasi/surat-jalan?id=" + t.getId()).orElse("/mutasi"), request, response);
    }

    private void note(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<StockTransfer> transfer = transfers.find(request.getParameter("id"));
        if (transfer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StockTransfer t = transfer.get();
        Optional<TransferReceipt> receipt = transfers.receiptOf(t.getId());
        request.setAttribute("transfer", t);
        request.setAttribute("from", branches.byNode(t.getFromStore()).orElse(null));
        request.setAttribute("to", branches.byNode(t.getToStore()).orElse(null));
        request.setAttribute("sentBy", queries.userName(t.getSentBy()));
        request.setAttribute("receipt", receipt.orElse(null));
        request.setAttribute("receivedBy", receipt.map(r -> queries.userName(r.getReceivedBy())).orElse(""));
        request.setAttribute("canReceive", receipt.isEmpty() && t.getToStore().equals(identity.node()));
        request.setAttribute("letterhead", profiles.current());
        Views.render("transfer/note", request, response);
    }

    /** The form as the page sent it, with its numbers read; a form without a valid key is refused. */
    private static TransferRequest formOf(HttpServletRequest request) {
        String key = FormInput.formKey(request.getParameter("key"))
                .orElseThrow(() -> InvalidInputException.of("form", "error.cartKey"));
        String[] ids = request.getParameterValues("productId");
        String[] quantities = request.getParameterValues("qty");
        List<TransferRequest.Line> lines = new ArrayList<>();
        if (ids != null && quantities != null) {
            // One line more than the service takes, so that too many lines are refused, not cut off.
            int count = Math.min(Math.min(ids.length, quantities.length), TransferService.MAX_LINES + 1);
            for (int i = 0; i < count; i++) {
                lines.add(new TransferRequest.Line(ids[i], FormInput.quantity(quantities[i]).orElse(null)));
            }
        }
        return new TransferRequest(key, SignedInUser.id(request), FormInput.text(request.getParameter("toStore")),
                FormInput.text(request.getParameter("note")), lines);
    }
}
