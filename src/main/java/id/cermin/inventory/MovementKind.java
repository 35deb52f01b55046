package id.cermin.inventory;

/** Why stock moved: each kind has its own source (a sale, a stock-in, a void, a transfer...). */
public enum MovementKind {
    OPENING, SALE, SALE_VOID, STOCK_IN, STOCK_IN_VOID, ADJUSTMENT, SALE_RETURN, PURCHASE_RETURN, TRANSFER_OUT,
    TRANSFER_IN
}
