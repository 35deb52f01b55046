package id.cermin.catalog;

import id.cermin.web.FormInput;
import id.cermin.web.Format;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The product form as typed, kept as text so that a refused form comes back exactly as
 * the person left it; {@link #toRequest()} reads its numbers for the service. Its further
 * units and price rules are lines of the form; a line left blank is no line.
 */
public record ProductForm(String id, String barcode, String name, String categoryId, String unitCode,
                          String costPrice, String sellPrice, String minStock, List<UnitText> units,
                          List<PriceText> prices) {

    private static final int MAX_LINES = 50;

    /** A further unit as typed. */
    public record UnitText(String unitCode, String factor, String sellPrice, String barcode) {
    }

    /** A price rule as typed; an empty store means every store. */
    public record PriceText(String unitCode, String level, String minQuantity, String storeNode, String price) {
    }

    public static ProductForm from(HttpServletRequest request) {
        List<UnitText> units = new ArrayList<>();
        for (String[] row : columns(request, "extraUnit", "extraFactor", "extraPrice", "extraBarcode")) {
            units.add(new UnitText(row[0], row[1], row[2], row[3]));
        }
        List<PriceText> prices = new ArrayList<>();
        for (String[] row : columns(request, "ruleUnit", "ruleLevel", "ruleMin", "ruleStore", "rulePrice")) {
            prices.add(new PriceText(row[0], row[1], row[2], row[3], row[4]));
        }
        return new ProductForm(FormInput.text(request.getParameter("id")),
                FormInput.text(request.getParameter("barcode")),
                FormInput.text(request.getParameter("name")),
                FormInput.text(request.getParameter("categoryId")),
                FormInput.text(request.getParameter("unitCode")),
                FormInput.text(request.getParameter("costPrice")),
                FormInput.text(request.getParameter("sellPrice")),
                FormInput.text(request.getParameter("minStock")), units, prices);
    }

    public static ProductForm empty() {
        return new ProductForm("", "", "", "", "", "", "", "0", List.of(), List.of());
    }

    public static ProductForm of(Product p, List<ProductUnit> units, List<ProductPrice> prices) {
        return new ProductForm(p.getId(), p.getBarcode() == null ? "" : p.getBarcode(), p.getName(),
                p.getCategory().getId(), p.getUnitCode(), Long.toString(p.getCostPrice()),
                Long.toString(p.getSellPrice()), Format.quantityInput(p.getMinStock()),
                units.stream().map(u -> new UnitText(u.getUnitCode(), Format.quantityInput(u.getFactor()),
                        Long.toString(u.getSellPrice()), u.getBarcode() == null ? "" : u.getBarcode())).toList(),
                prices.stream().map(r -> new PriceText(r.key().unitCode(), r.key().level().name(),
                        Format.quantityInput(r.key().minQuantity()),
                        ProductPrice.EVERY_STORE.equals(r.key().storeNode()) ? "" : r.key().storeNode(),
                        Long.toString(r.getPrice()))).toList());
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    public ProductRequest toRequest() {
        return new ProductRequest(id, barcode, name, categoryId, unitCode, FormInput.rupiah(costPrice).orElse(null),
                FormInput.rupiah(sellPrice).orElse(null), FormInput.quantity(minStock).orElse(null),
                units.stream().map(u -> new ProductRequest.UnitLine(u.unitCode(),
                        FormInput.quantity(u.factor()).orElse(null), FormInput.rupiah(u.sellPrice()).orElse(null),
                        u.barcode())).toList(),
                prices.stream().map(p -> new ProductRequest.PriceLine(p.unitCode(), level(p.level()),
                        FormInput.quantity(p.minQuantity()).orElse(null),
                        p.storeNode().isEmpty() ? ProductPrice.EVERY_STORE : p.storeNode(),
                        FormInput.rupiah(p.price()).orElse(null))).toList());
    }

    private static PriceLevel level(String text) {
        return Arrays.stream(PriceLevel.values()).filter(l -> l.name().equals(text)).findFirst().orElse(null);
    }

    /** The lines of parallel request fields, trimmed; a line blank in every field is left out. */
    private static List<String[]> columns(HttpServletRequest request, String... names) {
        String[][] values = new String[names.length][];
        int count = 0;
        for (int i = 0; i < names.length; i++) {
            values[i] = request.getParameterValues(names[i]);
            count = Math.max(count, values[i] == null ? 0 : values[i].length);
        }
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(count, MAX_LINES); r++) {
            String[] row = new String[names.length];
            boolean blank = true;
            for (int i = 0; i < names.length; i++) {
                row[i] = values[i] == null || values[i].length <= r ? "" : FormInput.text(values[i][r]);
                blank &= row[i].isEmpty();
            }
            if (!blank) {
                rows.add(row);
            }
        }
        return rows;
    }
}
