package id.cermin.catalog;

import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads products as this store sells them ({@link ProductOffer}): their active selling
 * units and price rules, a page of products in three queries.
 */
@ApplicationScoped
public class ProductOffers {

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private NodeIdentity identity;

    public ProductOffer of(Product product) {
        return of(List.of(product)).get(0);
    }

    /** The offers of these products, in the same order. */
    public List<ProductOffer> of(List<Product> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        List<String> ids = products.stream().map(Product::getId).toList();
        return assemble(products,
                em.createNamedQuery("ProductUnit.ofProducts", ProductUnit.class).setParameter("ids", ids).getResultList(),
                em.createNamedQuery("ProductPrice.ofProducts", ProductPrice.class).setParameter("ids", ids)
                        .getResultList());
    }

    /** Every product on sale here (not archived), as offered: the counter's catalogue, in four queries. */
    public List<ProductOffer> allOnSale() {
        return assemble(em.createNamedQuery("Product.active", Product.class).getResultList(),
                em.createNamedQuery("ProductUnit.all", ProductUnit.class).getResultList(),
                em.createNamedQuery("ProductPrice.all", ProductPrice.class).getResultList());
    }

    private List<ProductOffer> assemble(List<Product> products, List<ProductUnit> allUnits,
                                        List<ProductPrice> allRules) {
        Map<String, List<ProductUnit>> units = new LinkedHashMap<>();
        for (ProductUnit unit : allUnits) {
            if (!unit.isArchived()) {
                units.computeIfAbsent(unit.getProductId(), id -> new ArrayList<>()).add(unit);
            }
        }
        Map<String, List<ProductPrice>> rules = new LinkedHashMap<>();
        for (ProductPrice rule : allRules) {
            if (!rule.isArchived()) {
                rules.computeIfAbsent(rule.getProductId(), id -> new ArrayList<>()).add(rule);
            }
        }
        Set<String> fractions = em.createNamedQuery("Unit.all", Unit.class).getResultStream()
                .filter(Unit::isAllowsFraction).map(Unit::getCode).collect(Collectors.toSet());
        List<ProductOffer> offers = new ArrayList<>();
        for (Product product : products) {
            offers.add(offer(product, units.getOrDefault(product.getId(), List.of()),
                    rules.getOrDefault(product.getId(), List.of()), fractions, identity.node()));
        }
        return offers;
    }

    /**
     * The product that sells under this barcode (its own, or one of its units'), if any. Text
     * in other letters than ASCII is no barcode and is not asked (see ProductRepository#byBarcode).
     */
    public Optional<String> productWithBarcode(String barcode) {
        if (!ProductRepository.isAscii(barcode)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Product.byBarcode", Product.class).setParameter("barcode", barcode)
                .getResultStream().map(Product::getId).findFirst()
                .or(() -> em.createNamedQuery("ProductUnit.byBarcode", ProductUnit.class)
                        .setParameter("barcode", barcode).getResultStream().map(ProductUnit::getProductId)
                        .findFirst());
    }

    static ProductOffer offer(Product product, Collection<ProductUnit> units, Collection<ProductPrice> rules,
                              Set<String> fractions, String store) {
        List<SellingUnit> selling = new ArrayList<>();
        selling.add(new SellingUnit(product.getUnitCode(), BigDecimal.ONE,
                fractions.contains(product.getUnitCode()), product.getSellPrice(), product.getBarcode()));
        Map<String, Long> prices = new LinkedHashMap<>();
        prices.put(product.getUnitCode(), product.getSellPrice());
        for (ProductUnit unit : units) {
            selling.add(new SellingUnit(unit.getUnitCode(), unit.getFactor(), fractions.contains(unit.getUnitCode()),
                    unit.getSellPrice(), unit.getBarcode()));
            prices.put(unit.getUnitCode(), unit.getSellPrice());
        }
        return new ProductOffer(product, List.copyOf(selling), PriceList.of(prices, rules, store));
    }
}
