package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One transfer in a batch. {@code active_claim_id} equals {@code claim_id} until the payment is VOIDED and is NULL
 * after; the database has UNIQUE (active_claim_id), so a claim has at most one payment that is not voided, whatever
 * the code does (a CHECK keeps the column consistent with the status).
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", updatable = false)
    private PaymentBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(name = "active_claim_id")
    private Long activeClaimId;

    /** Set for a later scholarship year's payment (year 1 is paid by the claim's own payment). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scholarship_year_id", updatable = false)
    private ScholarshipYear scholarshipYear;

    /** scholarship_year_id until VOIDED, NULL after: UNIQUE (active_year_id) pays a year at most once. */
    @Column(name = "active_year_id")
    private Long activeYearId;

    @Column(nullable = false, unique = true, updatable = false, length = 35)
    private String reference;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attempt;

    @Column(name = "payee_name", nullable = false, updatable = false, length = 200)
    private String payeeName;

    @Column(name = "bank_code", nullable = false, updatable = false, length = 10)
    private String bankCode;

    @Column(name = "account_no", nullable = false, updatable = false, length = 34)
    private String accountNo;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentStatus status;

    @Column(name = "failure_reason", length = 400)
    private String failureReason;

    @Column(name = "settled_by", length = 60)
    private String settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "reissued_as", length = 35)
    private String reissuedAs;

    @Version
    private long version;

    protected Payment() {
    }

    Payment(PaymentBatch batch, Claim claim, String reference, int attempt, Payee payee, BigDecimal amount) {
        this.batch = batch;
        this.claim = Objects.requireNonNull(claim, "claim");
        this.activeClaimId = Objects.requireNonNull(claim.getId(), "claim id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.attempt = attempt;
        this.payeeName = payee.getName();
        this.bankCode = payee.getBankCode();
        this.accountNo = payee.getAccountNo();
        if (amount == null || amount.signum() <= 0) {
            throw new PayoutException("Klaim " + claim.getClaimNo() + " tidak memiliki jumlah rekomendasi yang dapat dibayar.");
        }
        this.amount = amount;
        this.status = PaymentStatus.PENDING;
    }

    /** A later scholarship year: it does not hold its claim's lock (the claim is paid), it holds the year's. */
    Payment(PaymentBatch batch, ScholarshipYear year, String reference, int attempt, Payee payee) {
        this(batch, year.getSchedule().getClaim(), reference, attempt, payee, year.getAmount());
        this.activeClaimId = null;
        this.scholarshipYear = year;
        this.activeYearId = Objects.requireNonNull(year.getId(), "scholarship year id");
    }

    public void markPaid(String actor, Instant now) {
        requirePending(PaymentStatus.PAID);
        this.status = PaymentStatus.PAID;
        this.settledBy = actor;
        this.settledAt = now;
    }

    public void markFailed(String reason, String actor, Instant now) {
        requirePending(PaymentStatus.FAILED);
        if (reason == null || reason.isBlank()) {
            throw new PayoutException("Pembayaran " + reference + ": alasan kegagalan dari bank harus diisi.");
        }
        this.status = PaymentStatus.FAILED;
        this.failureReason = reason.strip();
        this.settledBy = actor;
        this.settledAt = now;
    }

    /** A failed payment is voided once, when its re-issue under {@code newReference} is created. */
    public void voidForReissue(String newReference, String actor, Instant now) {
        if (status == PaymentStatus.VOIDED) {
            throw new PayoutException("Pembayaran " + reference + " sudah diterbitkan ulang dengan referensi " + reissuedAs + ".");
        }
        if (status != PaymentStatus.FAILED) {
            throw new PayoutException("Pembayaran " + reference + " berstatus " + status
                    + "; hanya pembayaran yang gagal dapat diterbitkan ulang.");
        }
        this.status = PaymentStatus.VOIDED;
        this.activeClaimId = null;
        this.activeYearId = null;
        this.reissuedAs = Objects.requireNonNull(newReference, "newReference");
        this.settledBy = actor;
        this.settledAt = now;
    }

    private void requirePending(PaymentStatus target) {
        if (status != PaymentStatus.PENDING) {
            throw new PayoutException("Pembayaran " + reference + " berstatus " + status + " dan tidak dapat menjadi " + target + ".");
        }
    }

    public Long getId() { return id; }
    public PaymentBatch getBatch() { return batch; }
    public Claim getClaim() { return claim; }
    public Long getActiveClaimId() { return activeClaimId; }
    public ScholarshipYear getScholarshipYear() { return scholarshipYear; }
    public Long getActiveYearId() { return activeYearId; }
    public String getReference() { return reference; }
    public int getAttempt() { return attempt; }
    public String getPayeeName() { return payeeName; }
    public String getBankCode() { return bankCode; }
    public String getAccountNo() { return accountNo; }
    public BigDecimal getAmount() { return amount; }
    public PaymentStatus getStatus() { return status; }
    public String getFailureReason() { return failureReason; }
    public String getSettledBy() { return settledBy; }
    public Instant getSettledAt() { return settledAt; }
    public String getReissuedAs() { return reissuedAs; }
    public long getVersion() { return version; }
}
