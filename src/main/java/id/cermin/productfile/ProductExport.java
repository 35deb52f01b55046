package id.cermin.productfile;

import id.cermin.platform.SqlValues;
import id.cermin.web.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files for Excel set to Indonesian: the active products in the import's columns
 * (so a file exported here imports elsewhere, with this node's stock as opening stock),
 * and the stock's value per category (stock × harga modal).
 */
@ApplicationScoped
public class ProductExport {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    /** The value of the stock of one category: how many products, and stock × cost summed. */
    public record CategoryValue(String category, long products, long value) {
    }

    public void products(Writer out) throws IOException {
        List<?> rows = em.createNativeQuery("""
                SELECT p.id, c.name, p.barcode, p.name, p.unit_code, p.cost_price, p.sell_price, p.min_stock, p.stock
                FROM product p JOIN category c ON c.id = p.category_id
                WHERE p.archived_at IS NULL ORDER BY c.name, p.name
                """).getResultList();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, ProductCsv.EXCEL_ID)) {
            csv.printRecord(ProductCsv.COLUMNS);
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                csv.printRecord(r[0], r[1], r[2] == null ? "" : r[2], r[3], r[4], SqlValues.number(r[5]),
                        SqlValues.number(r[6]), Format.quantityInput(SqlValues.decimal(r[7])),
                        Format.quantityInput(SqlValues.decimal(r[8])));
            }
        }
    }

    /** Stock × harga modal per category of active products, and the total last. */
    public List<CategoryValue> valuation() {
        List<?> rows = em.createNativeQuery("""
                SELECT c.name, COUNT(*), COALESCE(SUM(ROUND(p.stock * p.cost_price)), 0)
                FROM product p JOIN category c ON c.id = p.category_id
                WHERE p.archived_at IS NULL
                GROUP BY c.id, c.name ORDER BY c.name
                """).getResultList();
        List<CategoryValue> values = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            values.add(new CategoryValue((String) r[0], SqlValues.number(r[1]),
                    SqlValues.decimal(r[2]).setScale(0, RoundingMode.HALF_UP).longValueExact()));
        }
        return values;
    }

    public void valuation(List<CategoryValue> values, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, ProductCsv.EXCEL_ID)) {
            csv.printRecord("Kategori", "Barang", "Nilai Stok");
            for (CategoryValue value : values) {
                csv.printRecord(value.category(), value.products(), value.value());
            }
            csv.printRecord("Total", values.stream().mapToLong(CategoryValue::products).sum(),
                    values.stream().mapToLong(CategoryValue::value).sum());
        }
    }
}
