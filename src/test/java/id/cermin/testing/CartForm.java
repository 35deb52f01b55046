package id.cermin.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A cart posted as the counter page posts it (for {@link WebSession#postForm}): its key,
 * lines with unit, quantity and discount, the customer, the sale's discount, the cash,
 * other payments (transfer, QRIS, card, BON for what is left on the account), and an
 * owner's approval.
 */
public final class CartForm {

    private final StringBuilder body = new StringBuilder();

    private CartForm(String key) {
        add("key", key);
    }

    /** A cart with a key of its own. */
    public static CartForm fresh() {
        return new CartForm(UUID.randomUUID().toString());
    }

    public CartForm line(String productId, String unit, String quantity, String discount) {
        return add("productId", productId).add("unit", unit).add("qty", quantity).add("disc", discount);
    }

    public CartForm customer(String customerId) {
        return add("customerId", customerId);
    }

    public CartForm saleDiscount(String discount) {
        return add("saleDisc", discount);
    }

    public CartForm cash(String amount) {
        return add("paid", amount);
    }

    public CartForm pay(String method, String amount, String reference) {
        return add("payMethod", method).add("payAmount", amount).add("payRef", reference);
    }

    public CartForm approval(String username, String password) {
        return add("approver", username).add("approverPassword", password);
    }

    /** The fields, URL-encoded. */
    public String encoded() {
        return body.toString();
    }

    private CartForm add(String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        return this;
    }
}
