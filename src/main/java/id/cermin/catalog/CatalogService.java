package id.cermin.catalog;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every change to the catalogue, one use case per transaction: save, archive and
 * restore products, categories and units. Nothing invalid reaches the database: a
 * refused change throws {@link InvalidInputException} and rolls back.
 */
@Stateless
public class CatalogService {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductRepository products;

    @Inject
    private NodeIdentity identity;

    @Inject
    private ProductOffers offers;

    @Inject
    private AuditTrail audit;

    public List<Category> activeCategories() {
        return em.createNamedQuery("Category.active", Category.class).getResultList();
    }

    public List<Unit> activeUnits() {
        return em.createNamedQuery("Unit.active", Unit.class).getResultList();
    }

    /** Codes of the units sold in fractions (meter, kg...), archived ones included. */
    public Set<String> fractionUnitCodes() {
        return allUnits().stream().filter(Unit::isAllowsFraction).map(Unit::getCode).collect(Collectors.toSet());
    }

    public List<Unit> allUnits() {
        return em.createNamedQuery("Unit.all", Unit.class).getResultList();
    }

    /** Active products per category id, for the category list. */
    public Map<String, Long> productCountsByCategory() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Category.productCounts", Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Category.class, id));
    }

    public Product saveProduct(ProductRequest form) {
        Map<String, String> errors = new HashMap<>(form.check());
        Category category = form.categoryId().isEmpty() ? null : em.find(Category.class, form.categoryId());
        if (!form.categoryId().isEmpty() && (category == null || category.isArchived())) {
            errors.put("categoryId", "error.unknownCategory");
        }
        Optional<Unit> unit = em.createNamedQuery("Unit.byCode", Unit.class)
                .setParameter("code", form.unitCode()).getResultStream().findFirst();
        if (!form.unitCode().isEmpty() && (unit.isEmpty() || unit.get().isArchived())) {
            errors.put("unitCode", "error.unknownUnit");
        }
        if (!form.barcode().isEmpty() && takenByOther(form.barcode(), form.id())) {
            errors.put("barcode", "error.barcodeTaken");
        }
        Set<String> activeUnits = activeUnits().stream().map(Unit::getCode).collect(Collectors.toSet());
        boolean wholeBase = !fractionUnitCodes().contains(form.unitCode());
        for (int i = 0; i < form.units().size() && !errors.containsKey("units"); i++) {
            ProductRequest.UnitLine line = form.units().get(i);
            String problem = !activeUnits.contains(line.unitCode()) ? "error.unknownUnit"
                    : wholeBase && line.factor().stripTrailingZeros().scale() > 0 ? "error.unitLineFactorWhole"
                    : !line.barcode().isEmpty() && takenByOther(line.barcode(), form.id()) ? "error.barcodeTaken" : null;
            if (problem != null) {
                errors.put("units", problem);
                errors.put("unitsLine", Integer.toString(i + 1));
            }
        }
        Product product = null;
        if (!form.isNew()) {
            product = products.findForUpdate(form.id()).orElse(null);
            if (product == null) {
                errors.put("form", "error.notFound");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (product == null) {
            product = new Product(form.name(), category, form.unitCode());
        }
        product.setBarcode(form.barcode().isEmpty() ? null : form.barcode());
        product.setName(form.name());
        product.setCategory(category);
        product.setUnitCode(form.unitCode());
        product.setCostPrice(form.costPrice());
        product.setSellPrice(form.sellPrice());
        product.setMinStock(form.minStock());
        product.stamp(identity.node());
        if (form.isNew()) {
            em.persist(product);
        }
        new SellingUnitsEditor(em, identity.node()).save(product.getId(), form);
        audit.record(form.isNew() ? "CREATE" : "UPDATE", "product", product.getId(),
                product.getName() + " jual " + product.getSellPrice() + " modal " + product.getCostPrice());
        return product;
    }

    /** The product's active further units, smallest first, for its form. */
    public List<ProductUnit> activeUnitsOf(String productId) {
        return SellingUnitsEditor.unitsOf(em, productId).stream().filter(u -> !u.isArchived()).toList();
    }

    /** The product's active price rules, of every store, for its form. */
    public List<ProductPrice> activePricesOf(String productId) {
        return SellingUnitsEditor.pricesOf(em, productId).stream().filter(p -> !p.isArchived()).toList();
    }

    /** True when another product sells under this barcode, as its own or one of its units'. */
    private boolean takenByOther(String barcode, String productId) {
        return offers.productWithBarcode(barcode).filter(owner -> !owner.equals(productId)).isPresent();
    }

    public Product archiveProduct(String id) {
        Product product = products.findForUpdate(id).orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        product.archive();
        product.stamp(identity.node());
        audit.record("ARCHIVE", "product", id, product.getName());
        return product;
    }

    /** Restores a product; its category must be active again first. */
    public Product restoreProduct(String id) {
        Product product = products.findForUpdate(id).orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        if (product.getCategory().isArchived()) {
            throw InvalidInputException.of("form", "error.categoryArchived");
        }
        product.restore();
        product.stamp(identity.node());
        audit.record("RESTORE", "product", id, product.getName());
        return product;
    }

    /** Adds a category (no id) or renames one; the name as typed, trimmed. */
    public Category saveCategory(String id, String name) {
        if (name == null || name.isEmpty()) {
            throw InvalidInputException.of("name", "error.required");
        }
        if (name.length() > 100) {
            throw InvalidInputException.of("name", "error.tooLong100");
        }
        boolean isNew = id == null || id.isBlank();
        em.createNamedQuery("Category.activeByName", Category.class).setParameter("name", name)
                .getResultStream()
                .filter(other -> isNew || !other.getId().equals(id))
                .findFirst()
                .ifPresent(other -> {
                    throw InvalidInputException.of("name", "error.categoryTaken");
                });
        Category category;
        if (isNew) {
            category = new Category(name);
        } else {
            category = category(id).filter(c -> !c.isArchived())
                    .orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
            category.setName(name);
        }
        category.stamp(identity.node());
        if (isNew) {
            em.persist(category);
        }
        audit.record(isNew ? "CREATE" : "UPDATE", "category", category.getId(), name);
        return category;
    }

    /** "Hapus" a category: archived, and refused while active products still use it. */
    public Category deleteCategory(String id) {
        Category category = category(id).filter(c -> !c.isArchived())
                .orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        long inUse = products.countActiveInCategory(id);
        if (inUse > 0) {
            throw InvalidInputException.of("form", "error.categoryInUse");
        }
        category.archive();
        category.stamp(identity.node());
        audit.record("ARCHIVE", "category", id, category.getName());
        return category;
    }

    /** Adds a unit, or brings an archived one back; the code trimmed and in lower case. */
    public Unit addUnit(String code, boolean allowsFraction) {
        if (code == null || code.isEmpty() || code.length() > 16 || !code.matches("[\\p{L}\\p{N}²³ .-]+")) {
            throw InvalidInputException.of("code", "error.unitCode");
        }
        Optional<Unit> existing = em.createNamedQuery("Unit.byCode", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
        Unit unit;
        if (existing.isPresent()) {
            if (!existing.get().isArchived()) {
                throw InvalidInputException.of("code", "error.unitTaken");
            }
            unit = existing.get();
            unit.restore();
            unit.setAllowsFraction(allowsFraction);
        } else {
            unit = new Unit(code, allowsFraction);
        }
        unit.stamp(identity.node());
        if (existing.isEmpty()) {
            em.persist(unit);
        }
        audit.record("CREATE", "unit", unit.getId(), code);
        return unit;
    }

    public Unit archiveUnit(String id) {
        Unit unit = Optional.ofNullable(id == null ? null : em.find(Unit.class, id))
                .orElseThrow(() -> InvalidInputException.of("form", "error.notFound"));
        unit.archive();
        unit.stamp(identity.node());
        audit.record("ARCHIVE", "unit", id, unit.getCode());
        return unit;
    }
}
