package id.cermin.catalog;

import id.cermin.web.FormInput;
import id.cermin.web.Format;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The product form as typed, kept as text so that a refused form comes back exactly as
 * the person left it; {@link #toRequest()} reads its numbers for the service.
 */
public record ProductForm(String id, String barcode, String name, String categoryId, String unitCode,
                          String costPrice, String sellPrice, String minStock) {

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

    public ProductRequest toRequest() {
        return new ProductRequest(id, barcode, name, categoryId, unitCode, FormInput.rupiah(costPrice).orElse(null),
                FormInput.rupiah(sellPrice).orElse(null), FormInput.quantity(minStock).orElse(null));
    }
}
