package id.cermin.web;

/**
 * A length of time the way a person says it: the largest whole unit (seconds, minutes,
 * hours or days) and how many. The views turn it into "5 menit" or "5 menit lalu"
 * through the bundle ({@code elapsed.tag}).
 */
public record Elapsed(long amount, String unit) {

    public static Elapsed of(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return new Elapsed(s, "seconds");
        }
        if (s < 3_600) {
            return new Elapsed(s / 60, "minutes");
        }
        if (s < 86_400) {
            return new Elapsed(s / 3_600, "hours");
        }
        return new Elapsed(s / 86_400, "days");
    }
}
