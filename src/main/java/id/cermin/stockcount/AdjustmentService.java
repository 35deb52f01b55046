package id.cermin.stockcount;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.CatalogService;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRepository;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.SqlValues;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Single adjustments (penyesuaian): damaged, lost or used by the store itself take stock
 * away; "other" may add or take away and needs a note. One use case, one transaction.
 */
@Stateless
public class AdjustmentService {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final int RECENT = 50;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private CatalogService catalog;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockAdjuster adjuster;

    @Inject
    private AuditTrail audit;

    public StockAdjustment adjust(AdjustmentRequest request) {
        Product product = products.find(request.productId()).filter(p -> !p.isArchived())
                .orElseThrow(() -> InvalidInputException.of("productId", "error.unknownProduct"));
        if (request.reason() == null || request.reason() == AdjustmentReason.OPNAME) {
            throw InvalidInputException.of("reason", "error.adjustmentReason");
        }
        if (request.adds() && !request.reason().mayAdd()) {
            throw InvalidInputException.of("reason", "error.adjustmentOnlyTakes");
        }
        String note = request.note() == null ? "" : request.note();
        if (note.length() > 255) {
            throw InvalidInputException.of("note", "error.tooLong255");
        }
        if (request.reason() == AdjustmentReason.LAINNYA && note.isEmpty()) {
            throw InvalidInputException.of("note", "error.adjustmentNote");
        }
        BigDecimal quantity = Quantities.checked(request.quantity(), false, MAX_QUANTITY,
                catalog.fractionUnitCodes().contains(product.getUnitCode()), "quantity");
        BigDecimal delta = request.adds() ? quantity : quantity.negate();
        ledger.lockStock(List.of(product.getId()));
        StockAdjustment adjustment = adjuster.adjust(product.getId(), delta, request.reason(),
                note.isEmpty() ? null : note, product.getCostPrice(), null, request.userId(),
                BusinessDay.ofNode().now());
        audit.record("ADJUST", "product", product.getId(), product.getName() + " " + delta.toPlainString() + " "
                + product.getUnitCode() + " " + request.reason() + (note.isEmpty() ? "" : ": " + note));
        return adjustment;
    }

    /** The latest single adjustments and opname differences, newest first. */
    public List<AdjustmentRow> recent() {
        List<?> rows = em.createNativeQuery("""
                SELECT a.adjusted_at, p.name, p.unit_code, a.delta, a.reason, a.note, a.unit_cost, u.full_name, c.reference
                FROM stock_adjustment a
                JOIN product p ON p.id = a.product_id
                JOIN app_user u ON u.id = a.adjusted_by
                LEFT JOIN stock_count c ON c.id = a.count_id
                ORDER BY a.adjusted_at DESC, a.id DESC
                """).setMaxResults(RECENT).getResultList();
        List<AdjustmentRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new AdjustmentRow(SqlValues.instant(r[0]), (String) r[1],
                    (String) r[2], SqlValues.decimal(r[3]), AdjustmentReason.valueOf((String) r[4]), (String) r[5],
                    SqlValues.number(r[6]), (String) r[7], (String) r[8]));
        }
        return result;
    }
}
