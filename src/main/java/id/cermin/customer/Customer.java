package id.cermin.customer;

import id.cermin.catalog.PriceLevel;
import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A customer the store knows by name (pelanggan): a builder buying on credit, a
 * wholesale buyer, a regular. Its type is the price level it buys at; its credit limit is
 * what it may owe at one store before the owner must approve more. Master data: the same
 * customer at every store.
 */
@Entity
@Table(name = "customer")
public class Customer extends MasterRecord {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 40)
    private String phone;

    @Column(length = 255)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PriceLevel type;

    @Column(name = "credit_limit", nullable = false)
    private long creditLimit;

    protected Customer() {
    }

    Customer(String name, PriceLevel type) {
        this.name = name;
        this.type = type;
    }

    void describe(String name, String phone, String address, PriceLevel type) {
        this.name = name;
        this.phone = phone;
        this.address = address;
        this.type = type;
    }

    void setCreditLimit(long creditLimit) {
        this.creditLimit = creditLimit;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public PriceLevel getType() {
        return type;
    }

    public long getCreditLimit() {
        return creditLimit;
    }
}
