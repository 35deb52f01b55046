package id.cermin.mirror.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables the mirror keeps equal on store and hub, parents before children (the
 * order a batch is applied in), with the columns it copies: the one description of the
 * mirrored schema. The capture triggers and the hub's procedures for stores are
 * generated from it, and a test holds it against the database's own columns and types.
 * Master data is merged last-writer-wins on (row_version, origin_node) and goes to every
 * node; the rest are insert-only, merged as sets, and go from the hub only to the store
 * they belong to. Columns a node keeps for itself (e.g. {@code product.stock}, derived
 * from the ledger) are named as local: never copied, never captured.
 */
public enum MirroredTable {

    UNIT("unit", null, "code:text allows_fraction:bool archived_at:time created_at:time updated_at:time"
            + " row_version:long origin_node:text"),
    CATEGORY("category", null, "name:text archived_at:time created_at:time updated_at:time row_version:long"
            + " origin_node:text"),
    APP_USER("app_user", null, "username:text full_name:text password_hash:text role:text archived_at:time"
            + " created_at:time updated_at:time row_version:long origin_node:text"),
    PRODUCT("product", null, "barcode:text name:text category_id:text unit_code:text cost_price:long"
            + " sell_price:long min_stock:decimal archived_at:time created_at:time updated_at:time"
            + " row_version:long origin_node:text", "stock"),
    PRODUCT_UNIT("product_unit", null, "product_id:text unit_code:text factor:decimal sell_price:long barcode:text"
            + " archived_at:time created_at:time updated_at:time row_version:long origin_node:text"),
    PRODUCT_PRICE("product_price", null, "product_id:text unit_code:text level:text min_quantity:decimal"
            + " store_node:text price:long archived_at:time created_at:time updated_at:time row_version:long"
            + " origin_node:text"),
    CUSTOMER("customer", null, "name:text phone:text address:text type:text credit_limit:long archived_at:time"
            + " created_at:time updated_at:time row_version:long origin_node:text"),
    /** The chain's branches: the hub keeps one for every store registered with it. */
    BRANCH("branch", null, "node:text name:text address:text archived_at:time created_at:time updated_at:time"
            + " row_version:long origin_node:text"),
    SUPPLIER("supplier", null, "name:text phone:text address:text archived_at:time created_at:time updated_at:time"
            + " row_version:long origin_node:text"),
    SALE("sale", "origin_node", "receipt_no:text cashier_id:text customer_id:text sold_at:time total:long"
            + " discount:long paid:long non_cash:long change_due:long credit:long item_count:decimal"
            + " idempotency_key:text origin_node:text"),
    SALE_LINE("sale_line", "origin_node", "sale_id:text line_no:int product_id:text product_name:text"
            + " unit_code:text unit_factor:decimal quantity:decimal unit_price:long unit_cost:long discount:long"
            + " line_total:long origin_node:text"),
    SALE_PAYMENT("sale_payment", "origin_node", "sale_id:text line_no:int method:text amount:long reference:text"
            + " origin_node:text"),
    SALE_VOID("sale_void", "origin_node", "sale_id:text voided_by:text voided_at:time reason:text"
            + " origin_node:text"),
    STOCK_IN("stock_in", "origin_node", "reference:text received_by:text received_at:time supplier:text"
            + " supplier_id:text note:text total_cost:long credit_days:int idempotency_key:text origin_node:text"),
    STOCK_IN_LINE("stock_in_line", "origin_node", "stock_in_id:text line_no:int product_id:text"
            + " product_name:text unit_code:text unit_factor:decimal quantity:decimal unit_cost:long line_total:long"
            + " origin_node:text"),
    STOCK_IN_VOID("stock_in_void", "origin_node", "stock_in_id:text voided_by:text voided_at:time reason:text"
            + " origin_node:text"),
    SUPPLIER_PAYMENT("supplier_payment", "origin_node", "stock_in_id:text amount:long paid_at:time paid_by:text"
            + " from_drawer:bool note:text idempotency_key:text origin_node:text"),
    SALE_RETURN("sale_return", "origin_node", "sale_id:text reference:text returned_at:time returned_by:text"
            + " reason:text restocked:bool settlement:text refund:long idempotency_key:text origin_node:text"),
    SALE_RETURN_LINE("sale_return_line", "origin_node", "return_id:text line_no:int sale_line_id:text"
            + " product_id:text product_name:text unit_code:text quantity:decimal unit_price:long line_total:long"
            + " origin_node:text"),
    PURCHASE_RETURN("purchase_return", "origin_node", "stock_in_id:text reference:text returned_at:time"
            + " returned_by:text reason:text total_cost:long idempotency_key:text origin_node:text"),
    PURCHASE_RETURN_LINE("purchase_return_line", "origin_node", "return_id:text line_no:int stock_in_line_id:text"
            + " product_id:text product_name:text unit_code:text quantity:decimal unit_cost:long line_total:long"
            + " origin_node:text"),
    STOCK_COUNT("stock_count", "origin_node", "reference:text category_id:text started_at:time started_by:text"
            + " note:text origin_node:text"),
    STOCK_COUNT_ENTRY("stock_count_entry", "origin_node", "count_id:text product_id:text counted:decimal"
            + " expected:decimal unit_cost:long counted_at:time counted_by:text origin_node:text"),
    STOCK_COUNT_CLOSE("stock_count_close", "origin_node", "count_id:text confirmed:bool closed_at:time"
            + " closed_by:text origin_node:text"),
    STOCK_ADJUSTMENT("stock_adjustment", "origin_node", "product_id:text delta:decimal reason:text note:text"
            + " unit_cost:long count_id:text adjusted_at:time adjusted_by:text origin_node:text"),
    TILL_SHIFT("till_shift", "origin_node", "cashier_id:text opened_at:time opening_cash:long idempotency_key:text"
            + " origin_node:text"),
    TILL_CASH_MOVE("till_cash_move", "origin_node", "shift_id:text direction:text amount:long reason:text"
            + " moved_at:time moved_by:text idempotency_key:text origin_node:text"),
    TILL_SHIFT_CLOSE("till_shift_close", "origin_node", "shift_id:text closed_at:time closed_by:text"
            + " expected_cash:long counted_cash:long note:text origin_node:text"),
    /** Written by the sending store, which alone may; the receiving store gets it too. */
    STOCK_TRANSFER("stock_transfer", "from_store|to_store", "reference:text from_store:text to_store:text"
            + " sent_by:text sent_at:time note:text idempotency_key:text origin_node:text"),
    STOCK_TRANSFER_LINE("stock_transfer_line", "from_store|to_store", "transfer_id:text line_no:int product_id:text"
            + " product_name:text unit_code:text quantity:decimal from_store:text to_store:text origin_node:text"),
    /** Written by the receiving store, which alone may; the sender gets it too (its goods arrived). */
    STOCK_TRANSFER_RECEIPT("stock_transfer_receipt", "to_store|from_store", "transfer_id:text received_by:text"
            + " received_at:time note:text to_store:text from_store:text origin_node:text"),
    STOCK_MOVEMENT("stock_movement", "store_node", "product_id:text delta:decimal kind:text source_id:text"
            + " moved_at:time moved_by:text origin_node:text store_node:text"),
    /** A payment of a bon belongs to the store that gave the bon and took the payment. */
    CUSTOMER_PAYMENT("customer_payment", "origin_node", "receipt_no:text customer_id:text paid_at:time amount:long"
            + " method:text reference:text note:text received_by:text reverses_id:text idempotency_key:text"
            + " origin_node:text"),
    AUDIT_LOG("audit_log", "origin_node", "at:time username:text action:text entity:text entity_id:text"
            + " detail:text origin_node:text"),
    /** Found on any node, shown on every node. */
    MIRROR_CONFLICT("mirror_conflict", "*", "table_name:text row_id:text winner_version:long"
            + " winner_origin:text winner_values:text loser_version:long loser_origin:text loser_values:text"
            + " detected_at:time origin_node:text");

    private final String sqlName;
    private final boolean master;
    private final String ownerColumn;
    private final List<String> readerColumns;
    private final List<String> localColumns;
    private final List<String> columns;
    private final List<ColumnType> types;

    /**
     * @param owner   for insert-only rows, the column naming the store a row belongs to
     *                (the only store it travels to), or "*" for rows every node gets;
     *                null for master data (last writer wins, every node). "a|b": the row
     *                belongs to the store in column a (the only one that may write it) and
     *                also travels to the store in column b (a transfer's receiving store).
     * @param columns "name:type" of every copied column but the key {@code id}
     * @param local   columns each node keeps for itself
     */
    MirroredTable(String sqlName, String owner, String columns, String... local) {
        this.sqlName = sqlName;
        this.master = owner == null;
        this.readerColumns = owner == null || owner.equals("*") ? List.of() : List.of(owner.split("\\|"));
        this.ownerColumn = readerColumns.isEmpty() ? null : readerColumns.get(0);
        this.localColumns = List.of(local);
        List<String> names = new ArrayList<>(List.of("id"));
        List<ColumnType> kinds = new ArrayList<>(List.of(ColumnType.TEXT));
        for (String column : columns.split(" ")) {
            String[] nameAndType = column.split(":");
            names.add(nameAndType[0]);
            kinds.add(ColumnType.valueOf(nameAndType[1].toUpperCase(Locale.ROOT)));
        }
        this.columns = List.copyOf(names);
        this.types = List.copyOf(kinds);
    }

    public String sqlName() {
        return sqlName;
    }

    /** Mutable master data (last writer wins), as opposed to insert-only rows. */
    public boolean isMaster() {
        return master;
    }

    /**
     * The column naming the store an insert-only row belongs to: it travels from the hub
     * to that store only. Empty for master data and shared rows, which every node gets.
     */
    public Optional<String> ownerColumn() {
        return Optional.ofNullable(ownerColumn);
    }

    /**
     * The columns naming the stores an insert-only row travels to: the owner first, then
     * any store that also receives it. Empty for master data and shared rows.
     */
    public List<String> readerColumns() {
        return readerColumns;
    }

    /** Every copied column, the key {@code id} first. */
    public List<String> columns() {
        return columns;
    }

    /** The type of each column of {@link #columns()}, in the same order. */
    public List<ColumnType> types() {
        return types;
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
