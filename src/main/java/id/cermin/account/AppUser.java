package id.cermin.account;

import id.cermin.platform.MasterRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person who logs in: a username, a display name, one role and a password hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.all", query = "SELECT u FROM AppUser u ORDER BY u.archivedAt, u.username")
@NamedQuery(name = "AppUser.byUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.countActiveOwners",
        query = "SELECT COUNT(u) FROM AppUser u WHERE u.role = id.cermin.account.Role.OWNER AND u.archivedAt IS NULL")
@NamedQuery(name = "AppUser.count", query = "SELECT COUNT(u) FROM AppUser u")
public class AppUser extends MasterRecord {

    @Column(nullable = false, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, Role role, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** For checking a password typed again (an owner's approval); never shown. */
    String passwordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
