package id.cermin.label;

import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.platform.validation.InvalidInputException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Label barcode: {@code /label?q=} (choose products and how many labels each),
 * POST {@code /label/cetak} (gives barcodes to those without, then shows the sheet),
 * {@code /label/lembar?kertas=a4|58&p=id*n,...} (the labels on an A4 sheet or a 58 mm
 * roll), {@code /label/barcode.png?code=} (the bars), POST {@code /label/awalan} (the
 * store's barcode prefix).
 */
@WebServlet(urlPatterns = {"/label", "/label/*"})
public class LabelServlet extends HttpServlet {

    static final int MAX_LABELS = 1000;
    private static final int MAX_COPIES = 500;

    @Inject
    private ProductRepository products;

    @Inject
    private BarcodeMaker maker;

    @Inject
    private LabelSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/" -> {
                String text = FormInput.text(request.getParameter("q"));
                text = text.length() > 100 ? text.substring(0, 100) : text;
                request.setAttribute("q", text);
                request.setAttribute("products", products.search(text, false, Views.page(request)));
                request.setAttribute("prefix", settings.prefix());
                Views.render("label/choose", request, response);
            }
            case "/lembar" -> sheet(request, response);
            case "/barcode.png" -> {
                String code = request.getParameter("code");
                if (!Barcodes.isPrintable(code)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                byte[] png = Barcodes.png(code);
                response.setContentType("image/png");
                response.setContentLength(png.length);
                response.getOutputStream().write(png);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (action) {
            case "/cetak" -> {
                Map<String, Integer> chosen = chosen(request.getParameterValues("productId"),
                        request.getParameterValues("copies"));
                if (chosen.isEmpty()) {
                    Flash.error(request, "error.labelsNone", null);
                    Views.redirect("/label", request, response);
                    return;
                }
                int given = maker.giveBarcodes(chosen.keySet());
                if (given > 0) {
                    Flash.success(request, "flash.barcodesGiven", Integer.toString(given));
                }
                StringBuilder list = new StringBuilder();
                chosen.forEach((id, copies) -> list.append(list.length() == 0 ? "" : ",").append(id).append('*')
                        .append(copies));
                Views.redirect("/label/lembar?kertas=" + paper(request) + "&p=" + list, request, response);
            }
            case "/awalan" -> {
                try {
                    settings.setPrefix(FormInput.text(request.getParameter("prefix")));
                    Flash.success(request, "flash.prefixSaved", FormInput.text(request.getParameter("prefix")));
                } catch (InvalidInputException e) {
                    Flash.error(request, Flash.firstMessage(e), null);
                }
                Views.redirect("/label", request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void sheet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String list = request.getParameter("p") == null ? "" : request.getParameter("p");
        List<String> ids = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (String item : list.split(",")) {
            String[] idAndCopies = item.split("\\*");
            if (idAndCopies.length == 2) {
                ids.add(idAndCopies[0]);
                copies.add(idAndCopies[1]);
            }
        }
        List<Label> labels = new ArrayList<>();
        chosen(ids.toArray(String[]::new), copies.toArray(String[]::new)).forEach((id, count) -> {
            Optional<Product> product = products.find(id).filter(p -> Barcodes.isPrintable(p.getBarcode()));
            for (int i = 0; product.isPresent() && i < count && labels.size() < MAX_LABELS; i++) {
                labels.add(new Label(product.get().getName(), product.get().getBarcode(),
                        product.get().getSellPrice(), product.get().getUnitCode()));
            }
        });
        request.setAttribute("labels", labels);
        request.setAttribute("paper", paper(request));
        Views.render("label/sheet", request, response);
    }

    /** Product ids with a number of labels above 0, in the order given. */
    private static Map<String, Integer> chosen(String[] ids, String[] copies) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; ids != null && copies != null && i < Math.min(ids.length, copies.length); i++) {
            int count = FormInput.whole(copies[i], MAX_COPIES).orElse(0);
            if (count > 0 && FormInput.formKey(ids[i]).isPresent()) {
                chosen.merge(ids[i].toLowerCase(), count, Integer::sum);
            }
        }
        return chosen;
    }

    private static String paper(HttpServletRequest request) {
        return "58".equals(request.getParameter("kertas")) ? "58" : "a4";
    }
}
