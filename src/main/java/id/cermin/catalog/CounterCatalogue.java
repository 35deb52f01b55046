package id.cermin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Every product a cashier can scan, with its units and prices at this store, for the
 * counter page to keep while it is open: a scanned barcode then becomes a cart line in the
 * browser without waiting for a request (the server still answers every scan's stock, and
 * takes every price from the database at checkout). Built again only when a product, unit,
 * price rule or unit of measure changed (a cheap fingerprint of their versions says so),
 * and kept ready both plain and gzipped.
 *
 * <p>Compact on purpose (20,000 products are about 2 MB): {@code {"products": [[id, name,
 * [[unit, factor, fraction, barcode, price, [[level, min, price], ...]], ...]], ...]}}, the
 * base unit first; products without any barcode are left out (nothing can scan them).
 */
@ApplicationScoped
public class CounterCatalogue {

    /** Count, sum and highest of the row versions of each table an offer is made of (numbers, one row each). */
    private static final String FINGERPRINT = String.join(" UNION ALL ",
            versionsOf("product"), versionsOf("product_unit"), versionsOf("product_price"), versionsOf("unit"));

    /** The catalogue as built for one fingerprint. */
    public record Body(String fingerprint, byte[] plain, byte[] gzipped) {
    }

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private ProductOffers offers;

    private volatile Body current;

    /** The catalogue as the database holds it now. */
    public Body now() {
        String fingerprint = fingerprint();
        Body body = current;
        if (body != null && body.fingerprint().equals(fingerprint)) {
            return body;
        }
        synchronized (this) {
            body = current;
            if (body == null || !body.fingerprint().equals(fingerprint)) {
                // A change landing while this is built gives a newer fingerprint next time: built again then.
                byte[] plain = json(offers.allOnSale());
                body = new Body(fingerprint, plain, gzip(plain));
                current = body;
            }
            return body;
        }
    }

    private static String versionsOf(String table) {
        return "SELECT COUNT(*), COALESCE(SUM(row_version), 0), COALESCE(MAX(row_version), 0) FROM "
                + table;
    }

    private String fingerprint() {
        List<?> rows = em.createNativeQuery(FINGERPRINT).getResultList();
        return rows.stream().map(row -> Arrays.toString((Object[]) row)).collect(Collectors.joining(";"));
    }

    static byte[] json(List<ProductOffer> offers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().writeStartArray("products");
            for (ProductOffer offer : offers) {
                if (offer.units().stream().noneMatch(u -> u.barcode() != null && !u.barcode().isEmpty())) {
                    continue;
                }
                json.writeStartArray().write(offer.product().getId()).write(offer.product().getName())
                        .writeStartArray();
                for (SellingUnit unit : offer.units()) {
                    json.writeStartArray().write(unit.code())
                            .write(unit.factor().stripTrailingZeros().toPlainString())
                            .write(unit.fraction())
                            .write(unit.barcode() == null ? "" : unit.barcode())
                            .write(unit.price())
                            .writeStartArray();
                    for (PriceRule rule : offer.prices().rules(unit.code())) {
                        json.writeStartArray().write(rule.level().name())
                                .write(rule.minQuantity().stripTrailingZeros().toPlainString())
                                .write(rule.price()).writeEnd();
                    }
                    json.writeEnd().writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}
