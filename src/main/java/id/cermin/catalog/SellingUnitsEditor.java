package id.cermin.catalog;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a product's further units and price rules as the form lists them: a line that
 * matches a row (by unit; by unit, level, first quantity and store) updates it, a new line
 * adds a row, a row no longer listed is archived. Only rows that changed get a new version,
 * so saving a product unchanged sends nothing through the mirror.
 */
final class SellingUnitsEditor {

    private final EntityManager em;
    private final String node;

    SellingUnitsEditor(EntityManager em, String node) {
        this.em = em;
        this.node = node;
    }

    void save(String productId, ProductRequest request) {
        saveUnits(productId, request.units());
        savePrices(productId, request.prices());
    }

    private void saveUnits(String productId, List<ProductRequest.UnitLine> lines) {
        Map<String, ProductUnit> existing = new HashMap<>();
        unitsOf(em, productId).forEach(u -> existing.put(u.getUnitCode(), u));
        for (ProductRequest.UnitLine line : lines) {
            ProductUnit unit = existing.remove(line.unitCode());
            boolean isNew = unit == null;
            if (isNew) {
                unit = new ProductUnit(productId, line.unitCode());
            }
            if (unit.set(line.factor(), line.sellPrice(), line.barcode().isEmpty() ? null : line.barcode()) || isNew) {
                unit.stamp(node);
            }
            if (isNew) {
                em.persist(unit);
            }
        }
        existing.values().stream().filter(u -> !u.isArchived()).forEach(u -> {
            u.archive();
            u.stamp(node);
        });
    }

    private void savePrices(String productId, List<ProductRequest.PriceLine> lines) {
        Map<PriceRule.Key, ProductPrice> existing = new HashMap<>();
        pricesOf(em, productId).forEach(p -> existing.put(p.key(), p));
        for (ProductRequest.PriceLine line : lines) {
            ProductPrice price = existing.remove(line.key());
            boolean isNew = price == null;
            if (isNew) {
                price = new ProductPrice(productId, line.key());
            }
            if (price.set(line.price()) || isNew) {
                price.stamp(node);
            }
            if (isNew) {
                em.persist(price);
            }
        }
        existing.values().stream().filter(p -> !p.isArchived()).forEach(p -> {
            p.archive();
            p.stamp(node);
        });
    }

    /** Every unit row of the product, archived ones too. */
    static List<ProductUnit> unitsOf(EntityManager em, String productId) {
        return em.createNamedQuery("ProductUnit.ofProducts", ProductUnit.class)
                .setParameter("ids", List.of(productId)).getResultList();
    }

    /** Every price rule of the product, archived ones too. */
    static List<ProductPrice> pricesOf(EntityManager em, String productId) {
        return em.createNamedQuery("ProductPrice.ofProducts", ProductPrice.class)
                .setParameter("ids", List.of(productId)).getResultList();
    }
}
