package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A product category (kategori), e.g. "Semen & Mortar". */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.active",
        query = "SELECT c FROM Category c WHERE c.archivedAt IS NULL ORDER BY c.name")
@NamedQuery(name = "Category.activeByName",
        query = "SELECT c FROM Category c WHERE c.archivedAt IS NULL AND LOWER(c.name) = LOWER(:name)")
@NamedQuery(name = "Category.productCounts",
        query = "SELECT p.category.id, COUNT(p) FROM Product p WHERE p.archivedAt IS NULL GROUP BY p.category.id")
public class Category extends MasterRecord {

    @Column(nullable = false, length = 100)
    private String name;

    protected Category() {
    }

    public Category(String name) {
        this.name = name;
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
