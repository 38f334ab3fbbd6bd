package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One approval of a claim's recommended amount. The database holds the four-eyes rules that must survive a race:
 * UNIQUE (claim_id, cycle_no, approval_no) lets only one of two simultaneous approvers be "approval 1", and
 * UNIQUE (claim_id, cycle_no, approver) stops one person approving twice. A cycle is one recommendation: it starts
 * again when the claim comes back to AWAITING_APPROVAL after a return or a reopen.
 */
@Entity
@Table(name = "payout_approval")
public class PayoutApproval {

    @Id
    @SequenceGenerator(name = "payout_approval_seq", sequenceName = "payout_approval_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_approval_seq")
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Column(name = "cycle_no", nullable = false, updatable = false)
    private int cycleNo;

    @Column(name = "approval_no", nullable = false, updatable = false)
    private int approvalNo;

    @Column(nullable = false, updatable = false, length = 60)
    private String approver;

    @Column(name = "level_code", nullable = false, updatable = false, length = 30)
    private String levelCode;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    protected PayoutApproval() {
    }

    public PayoutApproval(long claimId, int cycleNo, int approvalNo, String approver, String levelCode, BigDecimal amount,
                          Instant approvedAt) {
        this.claimId = claimId;
        this.cycleNo = cycleNo;
        this.approvalNo = approvalNo;
        this.approver = approver;
        this.levelCode = levelCode;
        this.amount = amount;
        this.approvedAt = approvedAt;
    }

    public Long getId() { return id; }
    public Long getClaimId() { return claimId; }
    public int getCycleNo() { return cycleNo; }
    public int getApprovalNo() { return approvalNo; }
    public String getApprover() { return approver; }
    public String getLevelCode() { return levelCode; }
    public BigDecimal getAmount() { return amount; }
    public Instant getApprovedAt() { return approvedAt; }
}
