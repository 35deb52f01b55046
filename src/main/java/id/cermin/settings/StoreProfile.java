package id.cermin.settings;

import java.time.ZoneId;
import java.util.List;

/**
 * What the receipt says about the store (name, address, phone, a closing line) and the
 * store's time zone, which sets its business days and the times its pages show. The zone
 * is null when what was sent is none of {@link #TIME_ZONES}.
 */
public record StoreProfile(String name, String address, String phone, String footer, ZoneId timeZone) {

    /** Indonesia's zones: WIB, WITA, WIT. */
    public static final List<ZoneId> TIME_ZONES = List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"),
            ZoneId.of("Asia/Jayapura"));

    /** One of {@link #TIME_ZONES} by its id, or null. */
    public static ZoneId timeZone(String id) {
        return TIME_ZONES.stream().filter(zone -> zone.getId().equals(id)).findFirst().orElse(null);
    }
}
