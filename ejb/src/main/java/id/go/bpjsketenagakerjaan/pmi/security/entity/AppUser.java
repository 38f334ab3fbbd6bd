package id.go.bpjsketenagakerjaan.pmi.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    /** Failed attempts in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "service_unit_id")
    private Long serviceUnitId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Raised to end every session of this user; a session carries the value it logged in under (V14). */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** Set while the password is one an administrator issued; no page but the change-password page opens. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, String passwordHash, Long serviceUnitId, Set<String> roles) {
        this.username = Objects.requireNonNull(username);
        this.fullName = Objects.requireNonNull(fullName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.serviceUnitId = serviceUnitId;
        this.roles = new HashSet<>(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed attempt; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** An administrator's lock: the account cannot log in until unlocked, and its open sessions end. */
    public void lockByAdministrator() {
        active = false;
        endAllSessions();
    }

    /** Lifts an administrator's lock and a lock-out after failed attempts alike. */
    public void unlock() {
        active = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * A new password hash set by an administrator (the plain value is handed over once, never stored): whoever held
     * the old one is logged out everywhere, and the user must choose their own at the next login.
     */
    public void replacePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        failedLogins = 0;
        lockedUntil = null;
        requirePasswordChange();
        endAllSessions();
    }

    /** The password was issued by someone else (new user): the user replaces it before anything else. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The user's own new password; it ends the duty to change it. */
    public void changeOwnPassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        mustChangePassword = false;
    }

    /** Every session opened before this call is refused on its next request, on every instance. */
    public void endAllSessions() {
        sessionEpoch++;
    }

    /** New roles and unit; the caller checks them against the rules ({@code NewUserRules}). */
    public void reassign(Set<String> newRoles, Long newServiceUnitId) {
        roles = new HashSet<>(newRoles);
        serviceUnitId = newServiceUnitId;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public Long getServiceUnitId() { return serviceUnitId; }
    public boolean isActive() { return active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public long getSessionEpoch() { return sessionEpoch; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Set<String> getRoles() { return Collections.unmodifiableSet(roles); }
    public long getVersion() { return version; }
}
