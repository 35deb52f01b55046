package id.cermin.catalog;

import id.cermin.web.FormInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search box behind the counter and goods-received pages ({@code ?q=}): a product
 * by its exact barcode, or up to 8 whose name holds every typed word, as JSON. Cost
 * prices are only included for back-office pages.
 */
@ApplicationScoped
public class ProductLookup {

    private static final int SUGGESTIONS = 8;

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    public void answer(HttpServletRequest request, HttpServletResponse response, boolean withCost) throws IOException {
        String text = FormInput.text(request.getParameter("q"));
        List<Product> found = new ArrayList<>();
        if (!text.isEmpty() && text.length() <= 100) {
            products.byBarcode(text).filter(p -> !p.isArchived()).ifPresent(found::add);
            if (found.isEmpty()) {
                found.addAll(products.search(text, false, 1).stream().limit(SUGGESTIONS).toList());
            }
        }
        Set<String> fractionUnits = catalog.fractionUnitCodes();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Product p : found) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", p.getId())
                    .add("barcode", p.getBarcode() == null ? "" : p.getBarcode())
                    .add("name", p.getName())
                    .add("unit", p.getUnitCode())
                    .add("price", p.getSellPrice())
                    .add("fraction", fractionUnits.contains(p.getUnitCode()))
                    .add("stock", p.getStock().toPlainString());
            if (withCost) {
                item.add("cost", p.getCostPrice());
            }
            items.add(item);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(items.build().toString());
    }
}
