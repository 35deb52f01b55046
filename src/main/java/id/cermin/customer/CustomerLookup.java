package id.cermin.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

import java.util.List;
import java.util.Map;

/**
 * The customer box of the counter (F2): up to 8 customers by name or phone, each with its
 * price level, what it owes at this store and its limit, as the counter's script reads them.
 */
@ApplicationScoped
public class CustomerLookup {

    private static final int SUGGESTIONS = 8;

    @Inject
    private CustomerRepository customers;

    @Inject
    private Receivables receivables;

    public JsonArray find(String text) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (text.isEmpty() || text.length() > 100) {
            return items.build();
        }
        List<Customer> found = customers.search(text, 1, SUGGESTIONS);
        Map<String, Long> balances = receivables.balances(found.stream().map(Customer::getId).toList());
        for (Customer c : found) {
            items.add(Json.createObjectBuilder()
                    .add("id", c.getId())
                    .add("name", c.getName())
                    .add("phone", c.getPhone() == null ? "" : c.getPhone())
                    .add("level", c.getType().name())
                    .add("balance", balances.getOrDefault(c.getId(), 0L))
                    .add("limit", c.getCreditLimit()));
        }
        return items.build();
    }
}
