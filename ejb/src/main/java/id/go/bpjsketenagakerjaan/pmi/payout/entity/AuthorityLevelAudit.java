package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** Who changed an authority level, when, and from what to what. Written once, never changed. */
@Entity
@Table(name = "authority_level_audit")
public class AuthorityLevelAudit implements Serializable {

    @Id
    @SequenceGenerator(name = "authority_level_audit_seq", sequenceName = "authority_level_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_level_audit_seq")
    private Long id;

    @Column(name = "level_code", nullable = false, updatable = false, length = 30)
    private String levelCode;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "old_limit", updatable = false, precision = 15, scale = 2)
    private BigDecimal oldLimit;

    @Column(name = "new_limit", updatable = false, precision = 15, scale = 2)
    private BigDecimal newLimit;

    @Column(name = "old_approvals", nullable = false, updatable = false)
    private int oldApprovals;

    @Column(name = "new_approvals", nullable = false, updatable = false)
    private int newApprovals;

    @Column(updatable = false, length = 1000)
    private String note;

    protected AuthorityLevelAudit() {
    }

    AuthorityLevelAudit(String levelCode, String changedBy, Instant changedAt, BigDecimal oldLimit, BigDecimal newLimit,
                        int oldApprovals, int newApprovals, String note) {
        this.levelCode = levelCode;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.oldLimit = oldLimit;
        this.newLimit = newLimit;
        this.oldApprovals = oldApprovals;
        this.newApprovals = newApprovals;
        this.note = note;
    }

    public Long getId() { return id; }
    public String getLevelCode() { return levelCode; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public BigDecimal getOldLimit() { return oldLimit; }
    public BigDecimal getNewLimit() { return newLimit; }
    public int getOldApprovals() { return oldApprovals; }
    public int getNewApprovals() { return newApprovals; }
    public String getNote() { return note; }
}
