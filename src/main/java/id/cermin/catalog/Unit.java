package id.cermin.catalog;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A unit a product is sold in (sak, batang, meter...). Units that allow fractions
 * (meter, kg, m², m³) take decimal quantities at the counter; the others whole ones.
 */
@Entity
@Table(name = "unit")
@NamedQuery(name = "Unit.all", query = "SELECT u FROM Unit u ORDER BY u.archivedAt, u.code")
@NamedQuery(name = "Unit.active", query = "SELECT u FROM Unit u WHERE u.archivedAt IS NULL ORDER BY u.code")
@NamedQuery(name = "Unit.byCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
public class Unit extends MasterRecord {

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "allows_fraction", nullable = false)
    private boolean allowsFraction;

    protected Unit() {
    }

    public Unit(String code, boolean allowsFraction) {
        this.code = code;
        this.allowsFraction = allowsFraction;
    }


    public String getCode() {
        return code;
    }

    public boolean isAllowsFraction() {
        return allowsFraction;
    }

    public void setAllowsFraction(boolean allowsFraction) {
        this.allowsFraction = allowsFraction;
    }
}
