package id.cermin.supplier;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A supplier the store buys from. Master data: edited anywhere, archived instead of deleted. */
@Entity
@Table(name = "supplier")
@NamedQuery(name = "Supplier.active", query = "SELECT s FROM Supplier s WHERE s.archivedAt IS NULL ORDER BY s.name")
@NamedQuery(name = "Supplier.archived", query = "SELECT s FROM Supplier s WHERE s.archivedAt IS NOT NULL ORDER BY s.name")
public class Supplier extends MasterRecord {

    @Column(nullable = false, length = 150)
    private String name;
    @Column(nullable = false, length = 40)
    private String phone;
    @Column(nullable = false)
    private String address;

    protected Supplier() {
    }

    Supplier(String name) {
        this.name = name;
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

    void describe(String name, String phone, String address) {
        this.name = name;
        this.phone = phone;
        this.address = address;
    }
}
