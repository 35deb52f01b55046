package id.cermin.sales;

/** What the receipt says about the store: name, address, phone and a closing line. */
public record StoreProfile(String name, String address, String phone, String footer) {
}
