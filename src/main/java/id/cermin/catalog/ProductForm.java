package id.cermin.catalog;

import id.cermin.web.Format;
import id.cermin.web.FormInput;
import jakarta.servlet.http.HttpServletRequest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The product form as typed, kept as text so that a refused form comes back exactly as
 * the person left it, with the checks that need no database.
 */
public record ProductForm(String id, String barcode, String name, String categoryId, String unitCode,
                          String costPrice, String sellPrice, String minStock) {

    private static final BigDecimal MAX_STOCK = new BigDecimal("99999999999");

    public static ProductForm from(HttpServletRequest request) {
        return new ProductForm(FormInput.text(request.getParameter("id")),
                FormInput.text(request.getParameter("barcode")),
                FormInput.text(request.getParameter("name")),
                FormInput.text(request.getParameter("categoryId")),
                FormInput.text(request.getParameter("unitCode")),
                FormInput.text(request.getParameter("costPrice")),
                FormInput.text(request.getParameter("sellPrice")),
                FormInput.text(request.getParameter("minStock")));
    }

    public static ProductForm empty() {
        return new ProductForm("", "", "", "", "", "", "", "0");
    }

    public static ProductForm of(Product p) {
        return new ProductForm(p.getId(), p.getBarcode() == null ? "" : p.getBarcode(), p.getName(),
                p.getCategory().getId(), p.getUnitCode(), Long.toString(p.getCostPrice()),
                Long.toString(p.getSellPrice()), Format.quantityInput(p.getMinStock()));
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!barcode.isEmpty() && !barcode.matches("[0-9A-Za-z-]{1,64}")) {
            errors.put("barcode", "error.barcode");
        }
        if (name.isEmpty()) {
            errors.put("name", "error.required");
        } else if (name.length() > 150) {
            errors.put("name", "error.tooLong150");
        }
        if (categoryId.isEmpty()) {
            errors.put("categoryId", "error.required");
        }
        if (unitCode.isEmpty()) {
            errors.put("unitCode", "error.required");
        }
        if (FormInput.rupiah(costPrice).isEmpty()) {
            errors.put("costPrice", "error.rupiah");
        }
        if (FormInput.rupiah(sellPrice).isEmpty()) {
            errors.put("sellPrice", "error.rupiah");
        }
        if (FormInput.quantity(minStock).filter(q -> q.compareTo(MAX_STOCK) <= 0).isEmpty()) {
            errors.put("minStock", "error.quantity");
        }
        return errors;
    }

    long costPriceValue() {
        return FormInput.rupiah(costPrice).orElseThrow();
    }

    long sellPriceValue() {
        return FormInput.rupiah(sellPrice).orElseThrow();
    }

    BigDecimal minStockValue() {
        return FormInput.quantity(minStock).orElseThrow();
    }
}
