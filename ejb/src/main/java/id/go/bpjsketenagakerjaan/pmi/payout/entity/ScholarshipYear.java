package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One yearly instalment of a child's scholarship; changed only through {@link ScholarshipSchedule}. */
@Entity
@Table(name = "scholarship_year")
public class ScholarshipYear {

    @Id
    @SequenceGenerator(name = "scholarship_year_seq", sequenceName = "scholarship_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scholarship_year_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", updatable = false)
    private ScholarshipSchedule schedule;

    @Column(name = "year_no", nullable = false, updatable = false)
    private int yearNo;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScholarshipYearStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level", length = 10)
    private SchoolLevel schoolLevel;

    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "proof_by", length = 60)
    private String proofBy;

    @Column(name = "proof_at")
    private Instant proofAt;

    @Column(name = "with_claim", nullable = false, updatable = false)
    private boolean withClaim;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof_kind", length = 10)
    private ProofKind proofKind;

    @Column(name = "proof_note", length = 400)
    private String proofNote;

    @Column(length = 400)
    private String note;

    @Column(name = "payment_reference", length = 35)
    private String paymentReference;

    protected ScholarshipYear() {
    }

    ScholarshipYear(ScholarshipSchedule schedule, int yearNo, LocalDate dueDate, ScholarshipYearStatus status) {
        this.schedule = schedule;
        this.yearNo = yearNo;
        this.dueDate = dueDate;
        this.status = status;
    }

    void askProof() {
        status = ScholarshipYearStatus.AWAITING_PROOF;
    }

    void ready(SchoolLevel level, BigDecimal amount, ProofKind kind, String proofNote, String actor, Instant now) {
        this.status = ScholarshipYearStatus.READY;
        this.schoolLevel = level;
        this.amount = amount;
        proven(kind, proofNote, actor, now);
    }

    void paidWithClaim(SchoolLevel level, BigDecimal amount, String actor, Instant now) {
        ready(level, amount, ProofKind.CLAIM, "dokumen klaim", actor, now);
        this.withClaim = true;
    }

    void notPaid(SchoolLevel level, String reason, ProofKind kind, String proofNote, String actor, Instant now) {
        this.status = ScholarshipYearStatus.NOT_PAID;
        this.schoolLevel = level;
        this.note = reason;
        proven(kind, proofNote, actor, now);
    }

    private void proven(ProofKind kind, String proofNote, String actor, Instant now) {
        this.proofKind = Objects.requireNonNull(kind, "proofKind");
        this.proofNote = proofNote == null || proofNote.isBlank() ? null : proofNote.strip();
        this.proofBy = actor;
        this.proofAt = now;
    }

    void cancel(String reason) {
        this.status = ScholarshipYearStatus.CANCELLED;
        this.note = reason;
    }

    void paid(String reference) {
        this.status = ScholarshipYearStatus.PAID;
        this.paymentReference = reference;
    }

    public Long getId() { return id; }
    public int getYearNo() { return yearNo; }
    public LocalDate getDueDate() { return dueDate; }
    public ScholarshipYearStatus getStatus() { return status; }
    public SchoolLevel getSchoolLevel() { return schoolLevel; }
    public BigDecimal getAmount() { return amount; }
    public String getProofBy() { return proofBy; }
    public Instant getProofAt() { return proofAt; }
    public String getNote() { return note; }
    public ScholarshipSchedule getSchedule() { return schedule; }
    public boolean isWithClaim() { return withClaim; }
    public ProofKind getProofKind() { return proofKind; }
    public String getProofNote() { return proofNote; }
    public String getPaymentReference() { return paymentReference; }
}
