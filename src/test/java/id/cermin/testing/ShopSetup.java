package id.cermin.testing;

import id.cermin.customer.Receivables;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Products and customers of their own for the selling tests, made through the pages as
 * an owner makes them, with names no other test uses (the test store is shared).
 */
public final class ShopSetup {

    private final WebSession owner;

    public ShopSetup(WebSession owner) {
        this.owner = owner;
    }

    /**
     * "Semen Uji": kept in kg (cost Rp 1.300/kg, Rp 1.600/kg), sold by the sak of 40 kg at
     * Rp 58.000 with its own barcode; grosir Rp 57.000, kontraktor Rp 56.500, from 10 sak
     * Rp 56.000. Returns its id.
     */
    public String semen(String barcode) throws SQLException {
        return product("Semen Uji " + suffix(), "kg", "1300", "1600", Map.of(
                "extraUnit", "sak", "extraFactor", "40", "extraPrice", "58.000", "extraBarcode", barcode),
                new String[][] {{"sak", "GROSIR", "1", "", "57000"}, {"sak", "KONTRAKTOR", "1", "", "56500"},
                        {"sak", "ECERAN", "10", "", "56000"}});
    }

    /** "Kabel Uji": kept in meter (cost Rp 6.700/m, Rp 8.000/m), sold by the roll of 50 m at Rp 375.000. */
    public String kabel(String barcode) throws SQLException {
        return product("Kabel Uji " + suffix(), "meter", "6700", "8000", Map.of(
                "extraUnit", "roll", "extraFactor", "50", "extraPrice", "375000", "extraBarcode", barcode),
                new String[0][]);
    }

    /** A customer of this type (ECERAN, GROSIR, KONTRAKTOR) and credit limit; returns its id. */
    public String customer(String name, String type, String limit) throws SQLException {
        String unique = name + " " + suffix();
        owner.get("/pelanggan/baru");
        HttpResponse<String> saved = owner.post("/pelanggan/simpan", Map.of("id", "", "name", unique, "phone",
                "0812-0000-0000", "address", "Jl. Uji", "type", type, "creditLimit", limit));
        if (saved.statusCode() != 302) {
            throw new AssertionError("customer not saved: " + saved.body());
        }
        return ItServer.query("SELECT id FROM customer WHERE name = '" + unique + "'");
    }

    private String product(String name, String unit, String cost, String price, Map<String, String> extraUnit,
                           String[][] rules) throws SQLException {
        StringBuilder form = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("id", "", "barcode", "", "name", name,
                "categoryId", ItServer.query("SELECT id FROM category WHERE archived_at IS NULL ORDER BY name LIMIT 1"),
                "unitCode", unit, "costPrice", cost, "sellPrice", price, "minStock", "0"));
        fields.putAll(extraUnit);
        fields.forEach((k, v) -> form.append('&').append(k).append('=').append(encode(v)));
        for (String[] rule : rules) {
            form.append("&ruleUnit=").append(encode(rule[0])).append("&ruleLevel=").append(rule[1])
                    .append("&ruleMin=").append(rule[2]).append("&ruleStore=").append(rule[3])
                    .append("&rulePrice=").append(rule[4]);
        }
        owner.get("/barang/baru");
        HttpResponse<String> saved = owner.postForm("/barang/simpan", form.substring(1));
        if (saved.statusCode() != 302) {
            throw new AssertionError("product not saved: " + WebSession.html(saved).select(".alert, .error").text());
        }
        return ItServer.query("SELECT id FROM product WHERE name = '" + name + "'");
    }

    /** What a customer owes the test store (S9), by the one rule the limit check uses, on either node's database. */
    public static long owed(String database, String customerId) throws SQLException {
        try (Connection c = ItDatabase.connect(database);
             PreparedStatement ps = c.prepareStatement(Receivables.BALANCE_AT_STORE)) {
            for (int i = 0; i < 3; i++) {
                ps.setString(i * 2 + 1, customerId);
                ps.setString(i * 2 + 2, "S9");
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A barcode no other product has. */
    public static String barcode() {
        return "77" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
