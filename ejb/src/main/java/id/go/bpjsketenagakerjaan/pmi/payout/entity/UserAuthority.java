package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The authority level of one user (table app_user_authority, keyed by app_user.id). No row: no approval authority. */
@Entity
@Table(name = "app_user_authority")
public class UserAuthority {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "level_code", nullable = false, length = 30)
    private String levelCode;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected UserAuthority() {
    }

    public UserAuthority(long userId, String levelCode, String assignedBy, Instant assignedAt) {
        this.userId = userId;
        this.levelCode = Objects.requireNonNull(levelCode, "levelCode");
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public void reassign(String newLevel, String admin, Instant now) {
        this.levelCode = Objects.requireNonNull(newLevel, "levelCode");
        this.assignedBy = admin;
        this.assignedAt = now;
    }

    public Long getUserId() { return userId; }
    public String getLevelCode() { return levelCode; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public long getVersion() { return version; }
}
