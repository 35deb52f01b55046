package id.cermin.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A product as it is sold at this store: its selling units (the base unit first, then the
 * others by size) and the price list that prices them.
 */
public record ProductOffer(Product product, List<SellingUnit> units, PriceList prices) {

    public Optional<SellingUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public SellingUnit baseUnit() {
        return units.get(0);
    }

    /** The unit a scanned barcode names: the base unit for the product's own barcode. */
    public SellingUnit unitWithBarcode(String barcode) {
        return units.stream().filter(u -> barcode.equals(u.barcode())).findFirst().orElse(baseUnit());
    }
}
