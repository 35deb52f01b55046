package id.cermin.mirror.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables the mirror keeps equal on store and hub, parents before children (the
 * order a batch is applied in), with the columns it copies: the one description of the
 * mirrored schema. The capture triggers are generated from it, and a test holds it
 * against the database's own column lists. Master data is merged last-writer-wins on
 * (row_version, origin_node); the rest are insert-only and merged as sets. Columns a
 * node keeps for itself (e.g. {@code product.stock}, derived from the ledger) are named
 * as local: never copied, never captured.
 */
public enum MirroredTable {

    UNIT("unit", true, "code", "allows_fraction", "archived_at", "created_at", "updated_at", "row_version",
            "origin_node"),
    CATEGORY("category", true, "name", "archived_at", "created_at", "updated_at", "row_version", "origin_node"),
    APP_USER("app_user", true, "username", "full_name", "password_hash", "role", "archived_at", "created_at",
            "updated_at", "row_version", "origin_node"),
    PRODUCT("product", true, List.of("stock"), "barcode", "name", "category_id", "unit_code", "cost_price",
            "sell_price", "min_stock", "archived_at", "created_at", "updated_at", "row_version", "origin_node"),
    SALE("sale", false, "receipt_no", "cashier_id", "sold_at", "total", "paid", "change_due", "item_count",
            "idempotency_key", "origin_node"),
    SALE_LINE("sale_line", false, "sale_id", "line_no", "product_id", "product_name", "unit_code", "quantity",
            "unit_price", "unit_cost", "line_total", "origin_node"),
    SALE_VOID("sale_void", false, "sale_id", "voided_by", "voided_at", "reason", "origin_node"),
    STOCK_IN("stock_in", false, "reference", "received_by", "received_at", "supplier", "note", "total_cost",
            "idempotency_key", "origin_node"),
    STOCK_IN_LINE("stock_in_line", false, "stock_in_id", "line_no", "product_id", "product_name", "unit_code",
            "quantity", "unit_cost", "line_total", "origin_node"),
    STOCK_IN_VOID("stock_in_void", false, "stock_in_id", "voided_by", "voided_at", "reason", "origin_node"),
    STOCK_MOVEMENT("stock_movement", false, "product_id", "delta", "kind", "source_id", "moved_at", "moved_by",
            "origin_node"),
    AUDIT_LOG("audit_log", false, "at", "username", "action", "entity", "entity_id", "detail", "origin_node"),
    MIRROR_CONFLICT("mirror_conflict", false, "table_name", "row_id", "winner_version", "winner_origin",
            "winner_values", "loser_version", "loser_origin", "loser_values", "detected_at", "origin_node");

    private final String sqlName;
    private final boolean master;
    private final List<String> localColumns;
    private final List<String> columns;

    MirroredTable(String sqlName, boolean master, String... dataColumns) {
        this(sqlName, master, List.of(), dataColumns);
    }

    MirroredTable(String sqlName, boolean master, List<String> localColumns, String... dataColumns) {
        this.sqlName = sqlName;
        this.master = master;
        this.localColumns = localColumns;
        String[] all = new String[dataColumns.length + 1];
        all[0] = "id";
        System.arraycopy(dataColumns, 0, all, 1, dataColumns.length);
        this.columns = List.of(all);
    }

    public String sqlName() {
        return sqlName;
    }

    /** Mutable master data (last writer wins), as opposed to insert-only rows. */
    public boolean isMaster() {
        return master;
    }

    /** Every copied column, the key {@code id} first. */
    public List<String> columns() {
        return columns;
    }

    /** Where {@code column} is in {@link #columns()}; fails for a column the mirror does not copy. */
    public int index(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(sqlName + " has no mirrored column " + column);
        }
        return index;
    }

    /** Columns of the table that each node keeps for itself: never copied, never captured. */
    public List<String> localColumns() {
        return localColumns;
    }

    public String columnList() {
        return String.join(", ", columns);
    }

    public static Optional<MirroredTable> bySqlName(String name) {
        return Arrays.stream(values()).filter(t -> t.sqlName.equals(name)).findFirst();
    }
}
