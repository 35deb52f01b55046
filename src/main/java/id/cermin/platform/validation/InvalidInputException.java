package id.cermin.platform.validation;

import jakarta.ejb.ApplicationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that must not change anything, with a message key per form field (or
 * {@code "form"} for the whole form), and what the message names: {@code "argument"} (a
 * product's name, a node), or {@code "amount"} (rupiah, formatted by the page). Services
 * throw it; the transaction is rolled back and the servlet shows the form again with the
 * values kept.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super("Invalid input: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
