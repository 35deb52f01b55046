package id.cermin.mirror.web;

import java.util.Locale;

/**
 * Why a change was held back, in words an owner can act on: the database's or the hub
 * gate's own reason (English SQL, table names) is sorted into a few plain kinds, each a
 * message key; the raw reason stays available folded away as the technical detail.
 */
public final class PlainReasons {

    private PlainReasons() {
    }

    /** The message key ({@code held.*}) for a held change's reason. */
    public static String heldKey(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("duplicate") && r.contains("barcode")) {
            return "held.barcodeTaken";
        }
        if (r.contains("duplicate")) {
            return "held.duplicate";
        }
        if (r.contains("foreign key")) {
            return "held.missingParent";
        }
        if (r.contains("pengguna hanya")) {
            return "held.usersOnHub";
        }
        if (r.contains("lebih maju dari jam")) {
            return "held.clockAhead";
        }
        if (r.contains("tidak boleh diubah")) {
            return "held.immutable";
        }
        if (r.contains("bukan milik")) {
            return "held.notOwned";
        }
        if (r.contains("check constraint") || r.contains("out of range") || r.contains("truncated")
                || r.contains("incorrect") || r.contains("cannot be null")) {
            return "held.badValue";
        }
        return "held.other";
    }
}
