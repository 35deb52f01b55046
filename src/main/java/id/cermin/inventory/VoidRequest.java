package id.cermin.inventory;

/**
 * Taking back a sale or a stock-in ("batalkan"): which one, why (1 to 255 characters,
 * trimmed), and the id of the user who does it.
 */
public record VoidRequest(String id, String reason, String userId) {
}
