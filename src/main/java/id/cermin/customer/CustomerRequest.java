package id.cermin.customer;

import id.cermin.catalog.PriceLevel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer to save, as read from its form: the type null when it is none of the price
 * levels, the credit limit null when what was typed is no rupiah amount; who saves it
 * (only an owner sets the limit). {@link #check()} holds the rules that need no database.
 */
public record CustomerRequest(String id, String name, String phone, String address, PriceLevel type,
                              Long creditLimit, String editorId) {

    public boolean isNew() {
        return id.isEmpty();
    }

    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", "error.required");
        } else if (name.length() > 100) {
            errors.put("name", "error.tooLong100");
        }
        if (phone.length() > 40) {
            errors.put("phone", "error.tooLong40");
        }
        if (address.length() > 255) {
            errors.put("address", "error.tooLong255");
        }
        if (type == null) {
            errors.put("type", "error.customerType");
        }
        if (creditLimit == null) {
            errors.put("creditLimit", "error.rupiah");
        }
        return errors;
    }
}
