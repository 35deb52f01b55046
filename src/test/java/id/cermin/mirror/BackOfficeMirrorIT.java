package id.cermin.mirror;

import id.cermin.platform.Ids;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The back office's rows travel like sales: a supplier (master data) from the hub to the
 * store, and a store's own returns, payments, opname and till shifts to the hub, once,
 * however often the mirror runs, with stock on both sides the sum of the same movements.
 */
class BackOfficeMirrorIT {

    private MirrorFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MirrorFixture("it_backoffice", 4);
    }

    @Test
    void aStoresBackOfficeRowsReachTheHubOnceAndSuppliersReachTheStore() throws SQLException {
        String supplierId = Ids.newId();
        try (Connection h = f.hub.connect()) {
            ShopWrites.exec(h, "INSERT INTO supplier (id, name, phone, address, created_at, updated_at, row_version,"
                    + " origin_node) VALUES (?, 'CV Baja', '', '', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1, 'HUB')", supplierId);
        }
        f.sync();
        assertEquals(1, f.store.count("SELECT COUNT(*) FROM supplier WHERE id = ?", supplierId));

        String user = f.catalogue.userId();
        String saleId = f.sell(f.store, 3, f.product(0));
        Timestamp now = Timestamp.from(Instant.now());
        String returnId = Ids.newId();
        String stockInId;
        try (Connection s = f.store.connect()) {
            stockInId = ShopWrites.receive(s, "S1", user, List.of(f.product(1)), 5);
            s.setAutoCommit(false);
            ShopWrites.exec(s, "UPDATE stock_in SET supplier_id = ?, credit_days = 30 WHERE id = ?", supplierId, stockInId);
            ShopWrites.exec(s, "INSERT INTO supplier_payment (id, stock_in_id, amount, paid_at, paid_by, from_drawer,"
                    + " idempotency_key, origin_node) VALUES (?, ?, 50000, ?, ?, FALSE, ?, 'S1')", Ids.newId(), stockInId,
                    now, user, Ids.newId());
            ShopWrites.exec(s, "UPDATE product SET stock = stock + 1 WHERE id = ?", f.product(0));
            ShopWrites.exec(s, "INSERT INTO sale_return (id, sale_id, reference, returned_at, returned_by, reason,"
                    + " restocked, settlement, refund, idempotency_key, origin_node) VALUES (?, ?, ?, ?, ?, 'rusak',"
                    + " TRUE, 'CASH', 50000, ?, 'S1')", returnId, saleId, "S1-R-" + returnId.substring(0, 8), now, user, Ids.newId());
            ShopWrites.exec(s, "INSERT INTO sale_return_line (id, return_id, line_no, sale_line_id, product_id,"
                    + " product_name, unit_code, quantity, unit_price, line_total, origin_node) SELECT ?, ?, 1, id,"
                    + " product_id, product_name, unit_code, 1, unit_price, unit_price, 'S1' FROM sale_line WHERE sale_id = ?",
                    Ids.newId(), returnId, saleId);
            ShopWrites.exec(s, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                    + " origin_node, store_node) VALUES (?, ?, 1, 'SALE_RETURN', ?, ?, ?, 'S1', 'S1')", Ids.newId(),
                    f.product(0), returnId, now, user);
            String countId = Ids.newId();
            ShopWrites.exec(s, "INSERT INTO stock_count (id, reference, started_at, started_by, origin_node)"
                    + " VALUES (?, ?, ?, ?, 'S1')", countId, "S1-SO-" + countId.substring(0, 8), now, user);
            ShopWrites.exec(s, "INSERT INTO stock_count_entry (id, count_id, product_id, counted, expected, unit_cost,"
                    + " counted_at, counted_by, origin_node) VALUES (?, ?, ?, 990, 1000, 40000, ?, ?, 'S1')", Ids.newId(),
                    countId, f.product(2), now, user);
            ShopWrites.exec(s, "INSERT INTO stock_count_close (id, count_id, confirmed, closed_at, closed_by, origin_node)"
                    + " VALUES (?, ?, TRUE, ?, ?, 'S1')", Ids.newId(), countId, now, user);
            String adjustmentId = Ids.newId();
            ShopWrites.exec(s, "UPDATE product SET stock = stock - 10 WHERE id = ?", f.product(2));
            ShopWrites.exec(s, "INSERT INTO stock_adjustment (id, product_id, delta, reason, unit_cost, count_id,"
                    + " adjusted_at, adjusted_by, origin_node) VALUES (?, ?, -10, 'OPNAME', 40000, ?, ?, ?, 'S1')",
                    adjustmentId, f.product(2), countId, now, user);
            ShopWrites.exec(s, "INSERT INTO stock_movement (id, product_id, delta, kind, source_id, moved_at, moved_by,"
                    + " origin_node, store_node) VALUES (?, ?, -10, 'ADJUSTMENT', ?, ?, ?, 'S1', 'S1')", Ids.newId(),
                    f.product(2), adjustmentId, now, user);
            String shiftId = Ids.newId();
            ShopWrites.exec(s, "INSERT INTO till_shift (id, cashier_id, opened_at, opening_cash, idempotency_key,"
                    + " origin_node) VALUES (?, ?, ?, 100000, ?, 'S1')", shiftId, user, now, Ids.newId());
            ShopWrites.exec(s, "INSERT INTO till_cash_move (id, shift_id, direction, amount, reason, moved_at, moved_by,"
                    + " idempotency_key, origin_node) VALUES (?, ?, 'OUT', 20000, 'ongkos', ?, ?, ?, 'S1')", Ids.newId(),
                    shiftId, now, user, Ids.newId());
            ShopWrites.exec(s, "INSERT INTO till_shift_close (id, shift_id, closed_at, closed_by, expected_cash,"
                    + " counted_cash, origin_node) VALUES (?, ?, ?, ?, 80000, 79000, 'S1')", Ids.newId(), shiftId, now, user);
            s.commit();
            s.setAutoCommit(true);
        }
        f.sync();
        f.sync();
        f.sync();
        for (String table : List.of("sale_return", "sale_return_line", "supplier_payment", "stock_count",
                "stock_count_entry", "stock_count_close", "stock_adjustment", "till_shift", "till_cash_move",
                "till_shift_close")) {
            assertEquals(f.store.count("SELECT COUNT(*) FROM " + table), f.hub.count("SELECT COUNT(*) FROM " + table),
                    table + " once on the hub");
            assertEquals(1, f.hub.count("SELECT COUNT(*) FROM " + table), table);
        }
        assertEquals("30 " + supplierId, f.hub.value("SELECT CONCAT(credit_days, ' ', supplier_id) FROM stock_in"
                + " WHERE id = ?", stockInId));
        f.assertConverged();
    }
}
