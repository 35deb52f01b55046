package id.cermin.settings;

import id.cermin.account.Role;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much discount a cashier and an admin may give on their own, in percent of what the
 * sale's lines come to at their prices; beyond it the owner must approve. The owner has
 * no limit. A limit is null when what was typed is no percentage from 0 to 100.
 */
public record DiscountLimits(BigDecimal kasir, BigDecimal admin) {

    public static final DiscountLimits DEFAULT = new DiscountLimits(new BigDecimal("5"), new BigDecimal("10"));

    /** The limit of a role, none for the owner. */
    public Optional<BigDecimal> of(Role role) {
        return switch (role) {
            case OWNER -> Optional.empty();
            case ADMIN -> Optional.of(admin);
            case KASIR -> Optional.of(kasir);
        };
    }

    /** A percentage as typed ({@code 5}, {@code 2,5}), 0 to 100 with at most 2 decimals, or null. */
    public static BigDecimal percent(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,3}([.,]\\d{1,2})?")) {
            return null;
        }
        BigDecimal percent = new BigDecimal(value.replace(',', '.'));
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? null : percent;
    }
}
