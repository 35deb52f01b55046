package id.cermin.till;

/**
 * What a shift took by one payment method: how many sales, their total, what customers
 * handed over and the change given back. Only cash goes into the drawer.
 */
public record Takings(String method, long sales, long total, long received, long change) {

    public static final String CASH = "CASH";

    public boolean isCash() {
        return CASH.equals(method);
    }
}
