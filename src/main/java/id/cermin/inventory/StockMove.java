package id.cermin.inventory;

import java.math.BigDecimal;

/** How much a line moved one product's stock: negative for what was sold, positive for what was received. */
public record StockMove(String productId, BigDecimal delta) {
}
