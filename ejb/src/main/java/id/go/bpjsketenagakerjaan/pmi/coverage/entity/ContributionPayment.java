package id.go.bpjsketenagakerjaan.pmi.coverage.entity;

import id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageRecord;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentQuote;
import id.go.bpjsketenagakerjaan.pmi.coverage.control.Tranche;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Placement;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contribution paid for one placement. Append-only: the amount is computed by the
 * {@link id.go.bpjsketenagakerjaan.pmi.coverage.control.PaymentPolicy} when it is recorded and never edited
 * (a wrong payment is corrected by the finance process, not by changing this row), hence no {@code @Version}.
 */
@Entity
@Table(name = "contribution_payment")
@NamedQuery(name = ContributionPayment.BY_PARTICIPANT,
        query = "SELECT p FROM ContributionPayment p WHERE p.participantId = :participantId ORDER BY p.paidOn, p.id")
public class ContributionPayment {

    public static final String BY_PARTICIPANT = "ContributionPayment.byParticipant";

    @Id
    @SequenceGenerator(name = "contribution_payment_seq", sequenceName = "contribution_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_payment_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Tranche tranche;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(nullable = false, updatable = false)
    private int months;

    @Column(name = "monthly_amount", precision = 15, scale = 2, updatable = false)
    private BigDecimal monthlyAmount;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 1000, updatable = false)
    private String explanation;

    @Column(name = "payment_ref", length = 60, updatable = false)
    private String paymentRef;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContributionPayment() {
    }

    /** The only way in: from a computed quote. */
    public ContributionPayment(Placement placement, PaymentQuote quote, LocalDate paidOn, String paymentRef,
                               String recordedBy, Instant recordedAt) {
        this.placement = Objects.requireNonNull(placement);
        this.participantId = Objects.requireNonNull(placement.getParticipant().getId());
        this.tranche = quote.tranche();
        this.paidOn = Objects.requireNonNull(paidOn);
        this.months = quote.months();
        this.monthlyAmount = quote.jhtMonthly() == null ? null : quote.jhtMonthly().amount();
        this.amount = quote.amount().amount();
        String text = quote.explanationText();
        this.explanation = text.length() > 1000 ? text.substring(0, 1000) : text;
        this.paymentRef = paymentRef;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public CoverageRecord.Payment toRecord() {
        return new CoverageRecord.Payment(tranche, paidOn, months, getAmount());
    }

    public Long getId() { return id; }
    public Long getParticipantId() { return participantId; }
    public Placement getPlacement() { return placement; }
    public Tranche getTranche() { return tranche; }
    public LocalDate getPaidOn() { return paidOn; }
    public int getMonths() { return months; }
    public Money getMonthlyAmount() { return monthlyAmount == null ? null : Money.of(monthlyAmount); }
    public Money getAmount() { return Money.of(amount); }
    public String getExplanation() { return explanation; }
    public String getPaymentRef() { return paymentRef; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
