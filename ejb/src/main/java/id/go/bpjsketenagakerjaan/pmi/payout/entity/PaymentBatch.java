package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The payments to one bank for one value date. Lines are added only while DRAFT; {@link #release} fixes the bank
 * file and its SHA-256 and from then on neither lines nor totals nor file change (every mutator checks the status,
 * and the file columns are written once).
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch {

    @Id
    @SequenceGenerator(name = "payment_batch_seq", sequenceName = "payment_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_batch_seq")
    private Long id;

    @Column(name = "batch_no", nullable = false, unique = true, updatable = false, length = 40)
    private String batchNo;

    @Column(name = "bank_code", nullable = false, updatable = false, length = 10)
    private String bankCode;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BatchStatus status;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "total_amount", nullable = false, precision = 17, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private String fileContent;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "released_by", length = 60)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "reconciled_by", length = 60)
    private String reconciledBy;

    @Column(name = "reconciled_at")
    private Instant reconciledAt;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<Payment> payments = new ArrayList<>();

    @Version
    private long version;

    protected PaymentBatch() {
    }

    public PaymentBatch(String batchNo, String bankCode, LocalDate valueDate, String actor, Instant now) {
        this.batchNo = Objects.requireNonNull(batchNo, "batchNo");
        this.bankCode = Objects.requireNonNull(bankCode, "bankCode");
        this.valueDate = Objects.requireNonNull(valueDate, "valueDate");
        this.status = BatchStatus.DRAFT;
        this.totalAmount = BigDecimal.ZERO.setScale(2);
        this.createdBy = Objects.requireNonNull(actor, "actor");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A line paying an approved claim's recommended amount to its payee. */
    public Payment pay(Claim claim, String reference, int attempt, Payee payee) {
        requireDraft("menambah pembayaran");
        if (!bankCode.equals(payee.getBankCode())) {
            throw new PayoutException("Rekening " + payee.getBankCode() + " tidak termasuk batch bank " + bankCode + ".");
        }
        Payment payment = new Payment(this, claim, reference, attempt, payee, claim.getRecommendedAmount());
        payments.add(payment);
        lineCount++;
        totalAmount = totalAmount.add(payment.getAmount());
        return payment;
    }

    /** A line paying one proven scholarship year (after the first) to the claim's payee. */
    public Payment payScholarshipYear(ScholarshipYear year, String reference, int attempt, Payee payee) {
        requireDraft("menambah pembayaran");
        if (!bankCode.equals(payee.getBankCode())) {
            throw new PayoutException("Rekening " + payee.getBankCode() + " tidak termasuk batch bank " + bankCode + ".");
        }
        // a year proven before the schedule ended by age stays payable; marriage or work cancels every unpaid year
        if (year.getStatus() != ScholarshipYearStatus.READY || year.isWithClaim()) {
            throw new PayoutException("Tahun ke-" + year.getYearNo() + " beasiswa " + year.getSchedule().getChildName()
                    + " berstatus " + year.getStatus() + " dan tidak dapat dibayar.");
        }
        Payment payment = new Payment(this, year, reference, attempt, payee);
        payments.add(payment);
        lineCount++;
        totalAmount = totalAmount.add(payment.getAmount());
        return payment;
    }

    /** Fixes the bank file and its checksum; from now on the batch does not change. */
    public void release(String file, String sha256, String actor, Instant now) {
        requireDraft("dirilis");
        if (payments.isEmpty()) {
            throw new PayoutException("Batch " + batchNo + " kosong dan tidak dapat dirilis.");
        }
        this.fileContent = Objects.requireNonNull(file, "file");
        this.fileSha256 = Objects.requireNonNull(sha256, "sha256");
        this.status = BatchStatus.RELEASED;
        this.releasedBy = actor;
        this.releasedAt = now;
    }

    /** The bank's results are in (the reconciliation has already settled each line). */
    public void markReconciled(String actor, Instant now) {
        if (status != BatchStatus.RELEASED) {
            throw new PayoutException("Batch " + batchNo + " berstatus " + status
                    + "; hanya batch yang sudah dirilis dapat direkonsiliasi.");
        }
        this.status = BatchStatus.RECONCILED;
        this.reconciledBy = actor;
        this.reconciledAt = now;
    }

    private void requireDraft(String action) {
        if (status != BatchStatus.DRAFT) {
            throw new PayoutException("Batch " + batchNo + " berstatus " + status + " dan tidak dapat " + action
                    + ": batch yang sudah dirilis tidak dapat diubah.");
        }
    }

    public Long getId() { return id; }
    public String getBatchNo() { return batchNo; }
    public String getBankCode() { return bankCode; }
    public LocalDate getValueDate() { return valueDate; }
    public BatchStatus getStatus() { return status; }
    public int getLineCount() { return lineCount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public String getFileSha256() { return fileSha256; }
    public String getFileContent() { return fileContent; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReconciledBy() { return reconciledBy; }
    public Instant getReconciledAt() { return reconciledAt; }
    public List<Payment> getPayments() { return Collections.unmodifiableList(payments); }
    public long getVersion() { return version; }
}
