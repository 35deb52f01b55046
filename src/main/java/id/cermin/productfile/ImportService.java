package id.cermin.productfile;

import id.cermin.audit.AuditTrail;
import id.cermin.catalog.CatalogService;
import id.cermin.catalog.Category;
import id.cermin.catalog.Product;
import id.cermin.catalog.Unit;
import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockLedger;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.Ids;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a product file. {@link #preview} reads and checks every row against the
 * catalogue and saves nothing; {@link #save} saves the rows that passed, in one
 * transaction, after checking them again (the catalogue may have changed since). A row
 * changes the product with its barcode, or else the active product with its name; other
 * rows add products, with their opening stock on this store's shelf. Categories are
 * found by name or added; units must exist.
 */
@Stateless
public class ImportService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private CatalogService catalog;

    @Inject
    private StockLedger ledger;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public ImportPreview preview(String fileName, Reader file) throws IOException {
        try {
            return new ImportPreview(Ids.newId(), fileName, check(ProductFileReader.read(file)), null, null);
        } catch (ProductFileReader.Unreadable e) {
            return new ImportPreview(Ids.newId(), fileName, List.of(), e.key, e.argument);
        }
    }

    /** Saves the rows that passed; refused whole if any of them no longer passes. Returns how many. */
    public int save(List<ImportRow> rows) {
        List<ImportRow> checked = check(rows);
        checked.stream().filter(r -> !r.isValid()).findFirst().ifPresent(r -> {
            throw new InvalidInputException(Map.of("form", "error.importChanged", "argument",
                    Integer.toString(r.line())));
        });
        Map<String, String> units = unitsByKey();
        Map<String, Category> categories = new HashMap<>();
        catalog.activeCategories().forEach(c -> categories.put(key(c.getName()), c));
        Instant now = BusinessDay.ofNode().now();
        List<Product> opened = new ArrayList<>();
        Map<Product, BigDecimal> openingStock = new HashMap<>();
        for (ImportRow row : checked) {
            Category category = categories.computeIfAbsent(key(row.category()), k -> {
                Category added = new Category(row.category());
                added.stamp(identity.node());
                em.persist(added);
                return added;
            });
            Product product = row.isNew() ? new Product(row.name(), category, units.get(key(row.unit())))
                    : em.find(Product.class, row.productId(), LockModeType.PESSIMISTIC_WRITE);
            product.setBarcode(row.barcode().isEmpty() ? product.getBarcode() : row.barcode());
            product.setName(row.name());
            product.setCategory(category);
            product.setUnitCode(units.get(key(row.unit())));
            product.setCostPrice(row.costPrice());
            product.setSellPrice(row.sellPrice());
            product.setMinStock(row.minStock());
            product.stamp(identity.node());
            if (row.isNew()) {
                em.persist(product);
                if (row.openingStock().signum() != 0) {
                    opened.add(product);
                    openingStock.put(product, row.openingStock());
                }
            }
        }
        em.flush();
        ledger.lockStock(opened.stream().map(Product::getId).toList());
        opened.stream().sorted(Comparator.comparing(Product::getId)).forEach(p ->
                ledger.record(p.getId(), openingStock.get(p), MovementKind.OPENING, null, null, now));
        long added = checked.stream().filter(ImportRow::isNew).count();
        audit.record("IMPORT", "product", null, added + " baru, " + (checked.size() - added) + " diubah");
        return checked.size();
    }

    private List<ImportRow> check(List<ImportRow> rows) {
        Map<String, String> units = unitsByKey();
        Set<String> fractionUnits = catalog.fractionUnitCodes();
        Map<String, String> byBarcode = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, barcode, name, archived_at FROM product").getResultList()) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                byBarcode.put((String) r[1], (String) r[0]);
            }
            if (r[3] == null) {
                byName.putIfAbsent(key((String) r[2]), (String) r[0]);
            }
        }
        Set<String> barcodesInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            if (!row.isValid()) {
                checked.add(row);
                continue;
            }
            String unit = units.get(key(row.unit()));
            String byItsBarcode = row.barcode().isEmpty() ? null : byBarcode.get(row.barcode());
            String byItsName = byName.get(key(row.name()));
            ImportRow result = row.changing(byItsBarcode != null ? byItsBarcode : byItsName);
            if (unit == null) {
                result = result.refused("error.importUnknownUnit", row.unit());
            } else if (!fractionUnits.contains(unit) && row.openingStock().stripTrailingZeros().scale() > 0) {
                result = result.refused("error.importWholeStock", unit);
            } else if (!row.barcode().isEmpty() && !barcodesInFile.add(row.barcode())) {
                result = result.refused("error.importBarcodeTwice", row.barcode());
            } else if (!namesInFile.add(key(row.name()))) {
                result = result.refused("error.importNameTwice", row.name());
            } else if (byItsBarcode != null && byItsName != null && !byItsBarcode.equals(byItsName)) {
                result = result.refused("error.barcodeTaken", row.barcode());
            }
            checked.add(result);
        }
        return checked;
    }

    private Map<String, String> unitsByKey() {
        Map<String, String> units = new HashMap<>();
        catalog.activeUnits().stream().map(Unit::getCode).forEach(code -> units.put(key(code), code));
        return units;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
