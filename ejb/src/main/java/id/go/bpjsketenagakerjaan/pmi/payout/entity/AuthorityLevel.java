package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One level of approval authority (SUPERVISOR, BRANCH_HEAD, DEPUTY_DIRECTOR...): the largest recommended amount it
 * may approve ({@code null} = unlimited) and how many distinct approvals a claim routed to it needs. Levels are
 * data; an administrator edits them through {@link #change}, which returns the audit row to persist.
 */
@Entity
@Table(name = "authority_level")
public class AuthorityLevel implements Serializable {

    @Id
    @SequenceGenerator(name = "authority_level_seq", sequenceName = "authority_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_level_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 30)
    private String code;

    /** Higher rank = more authority; the policy orders levels by it. */
    @Column(name = "rank_no", nullable = false, unique = true)
    private int rank;

    @Column(name = "name_id", nullable = false, length = 100)
    private String nameId;

    @Column(name = "upper_limit", precision = 15, scale = 2)
    private BigDecimal upperLimit;

    @Column(name = "approvals_required", nullable = false)
    private int approvalsRequired;

    @Version
    private long version;

    protected AuthorityLevel() {
    }

    public AuthorityLevel(String code, int rank, String nameId, BigDecimal upperLimit, int approvalsRequired) {
        this.code = Objects.requireNonNull(code, "code");
        this.rank = rank;
        this.nameId = Objects.requireNonNull(nameId, "nameId");
        this.upperLimit = upperLimit == null ? null : upperLimit.setScale(2, RoundingMode.UNNECESSARY);
        this.approvalsRequired = approvalsRequired;
    }

    /** Changes the limit and the approvals needed; the caller validates the whole ladder first (ApprovalPolicy). */
    public AuthorityLevelAudit change(BigDecimal newLimit, int newApprovals, String note, String admin, Instant now) {
        if (newApprovals < 1 || newApprovals > 2) {
            throw new PayoutException("Jumlah persetujuan untuk " + code + " harus 1 atau 2.");
        }
        if (newLimit != null && newLimit.signum() <= 0) {
            throw new PayoutException("Batas " + code + " harus lebih dari nol, atau kosong untuk tanpa batas.");
        }
        BigDecimal scaled = newLimit == null ? null : newLimit.setScale(2, RoundingMode.UNNECESSARY);
        AuthorityLevelAudit audit = new AuthorityLevelAudit(code, admin, now, upperLimit, scaled, approvalsRequired,
                newApprovals, note);
        this.upperLimit = scaled;
        this.approvalsRequired = newApprovals;
        return audit;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getRank() { return rank; }
    public String getNameId() { return nameId; }
    public BigDecimal getUpperLimit() { return upperLimit; }
    public int getApprovalsRequired() { return approvalsRequired; }
    public long getVersion() { return version; }
}
