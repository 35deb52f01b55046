package id.cermin.label;

/** One label to print: the product's name, its code, its price and unit. */
public record Label(String name, String code, long price, String unit) {
}
