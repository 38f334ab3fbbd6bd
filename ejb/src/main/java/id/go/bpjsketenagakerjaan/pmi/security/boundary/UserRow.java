package id.go.bpjsketenagakerjaan.pmi.security.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One user as the administration page lists them. A class with getters, not a record, because Expression Language 5
 * reads bean properties only.
 */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String fullName;
    private final String roles;
    private final String unitName;
    private final String authorityLevel;
    private final boolean active;
    private final boolean lockedOut;
    private final Instant lastLoginAt;
    private final long version;
    private final Long unitId;
    private final boolean mustChangePassword;

    public UserRow(String username, String fullName, String roles, String unitName, String authorityLevel,
                   boolean active, boolean lockedOut, Instant lastLoginAt, long version, Long unitId,
                   boolean mustChangePassword) {
        this.username = username;
        this.fullName = fullName;
        this.roles = roles;
        this.unitName = unitName;
        this.authorityLevel = authorityLevel;
        this.active = active;
        this.lockedOut = lockedOut;
        this.lastLoginAt = lastLoginAt;
        this.version = version;
        this.unitId = unitId;
        this.mustChangePassword = mustChangePassword;
    }

    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    /** Sorted, comma separated. */
    public String getRoles() { return roles; }
    public String getUnitName() { return unitName; }
    public String getAuthorityLevel() { return authorityLevel; }
    /** False when an administrator locked the account. */
    public boolean isActive() { return active; }
    /** True while locked out after repeated failed logins. */
    public boolean isLockedOut() { return lockedOut; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public long getVersion() { return version; }
    public Long getUnitId() { return unitId; }
    /** The password was issued by an administrator and not yet replaced by the user. */
    public boolean isMustChangePassword() { return mustChangePassword; }
    /** The roles one by one, for the edit form. */
    public java.util.List<String> getRoleList() {
        return roles == null || roles.isBlank() ? java.util.List.of() : java.util.List.of(roles.split(", "));
    }
}
