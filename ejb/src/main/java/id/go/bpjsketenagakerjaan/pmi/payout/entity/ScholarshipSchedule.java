package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipPolicy;
import jakarta.persistence.CascadeType;
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
 * The yearly scholarship of one child under a SCHOLARSHIP claim: one {@link ScholarshipYear} per year until the child
 * turns 23; each year asks for proof of school level before it can be paid; marriage, work or age end it.
 */
@Entity
@Table(name = "scholarship_schedule")
public class ScholarshipSchedule {

    public static final String BENEFIT_CODE = "SCHOLARSHIP";

    @Id
    @SequenceGenerator(name = "scholarship_schedule_seq", sequenceName = "scholarship_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scholarship_schedule_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(name = "child_name", nullable = false, length = 200)
    private String childName;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 10)
    private ScholarshipEnd endKind;

    @Column(name = "end_reason", length = 400)
    private String endReason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL)
    @OrderBy("yearNo ASC")
    private List<ScholarshipYear> years = new ArrayList<>();

    @Version
    private long version;

    protected ScholarshipSchedule() {
    }

    /** Plans the years of one child; {@code schedulesOnClaim} is how many children the claim already has a schedule for. */
    public static ScholarshipSchedule plan(Claim claim, int schedulesOnClaim, String childName, LocalDate birthDate,
                                           LocalDate firstDue, ScholarshipPolicy policy, String actor, Instant now) {
        if (!BENEFIT_CODE.equals(claim.getBenefitCode())) {
            throw new PayoutException("Klaim " + claim.getClaimNo() + " adalah " + claim.getBenefitCode()
                    + "; jadwal beasiswa hanya untuk manfaat " + BENEFIT_CODE + ".");
        }
        try {
            policy.requireRoomForAnotherChild(schedulesOnClaim);
        } catch (IllegalStateException e) {
            throw new PayoutException(e.getMessage());
        }
        List<LocalDate> dues = policy.dueDates(birthDate, firstDue);
        if (dues.isEmpty()) {
            throw new PayoutException(childName + " sudah berusia " + ScholarshipPolicy.ageOn(birthDate, firstDue)
                    + " tahun pada " + firstDue + "; beasiswa hanya sampai usia " + policy.maxAge() + " tahun.");
        }
        ScholarshipSchedule schedule = new ScholarshipSchedule();
        schedule.claim = claim;
        schedule.childName = Objects.requireNonNull(childName, "childName").strip();
        schedule.birthDate = birthDate;
        schedule.active = true;
        schedule.createdBy = actor;
        schedule.createdAt = now;
        for (int i = 0; i < dues.size(); i++) {
            schedule.years.add(new ScholarshipYear(schedule, i + 1, dues.get(i),
                    i == 0 ? ScholarshipYearStatus.AWAITING_PROOF : ScholarshipYearStatus.PLANNED));
        }
        return schedule;
    }

    /** Years whose due date has come ask for proof (run daily or when the schedule is opened). */
    public List<ScholarshipYear> askProofDue(LocalDate today) {
        List<ScholarshipYear> asked = new ArrayList<>();
        if (!active) {
            return asked;
        }
        for (ScholarshipYear year : years) {
            if (year.getStatus() == ScholarshipYearStatus.PLANNED && !year.getDueDate().isAfter(today)) {
                year.askProof();
                asked.add(year);
            }
        }
        return asked;
    }

    /** The proof for one year: the school level, and whether the child has married or works. */
    public ScholarshipPolicy.Outcome submitProof(int yearNo, SchoolLevel level, boolean married, boolean working,
                                                 ScholarshipPolicy policy, String actor, Instant now) {
        return submitProof(yearNo, level, ProofKind.OFFICER, null, married, working, policy, actor, now);
    }

    /** The proof for one year, recorded with how it was given (a document, or an officer's verification). */
    public ScholarshipPolicy.Outcome submitProof(int yearNo, SchoolLevel level, ProofKind kind, String proofNote,
                                                 boolean married, boolean working, ScholarshipPolicy policy,
                                                 String actor, Instant now) {
        ScholarshipYear year = year(yearNo);
        if (!active) {
            throw new PayoutException("Jadwal beasiswa " + childName + " sudah berakhir: " + endReason + ".");
        }
        if (year.getStatus() != ScholarshipYearStatus.AWAITING_PROOF) {
            throw new PayoutException("Tahun ke-" + yearNo + " beasiswa " + childName + " berstatus " + year.getStatus()
                    + "; bukti jenjang sekolah hanya diterima untuk tahun yang sedang menunggu bukti.");
        }
        ScholarshipPolicy.Outcome outcome = policy.assess(birthDate, year.getDueDate(), level, married, working);
        if (outcome instanceof ScholarshipPolicy.Pay pay) {
            year.ready(pay.level(), pay.amount().amount(), kind, proofNote, actor, now);
        } else if (outcome instanceof ScholarshipPolicy.SkipYear skip) {
            year.notPaid(level, skip.reason(), kind, proofNote, actor, now);
        } else if (outcome instanceof ScholarshipPolicy.Stop stop) {
            end(stop.end(), stop.reason(), year.getDueDate(), yearNo);
        }
        return outcome;
    }

    /** Marriage or work reported between proofs: every instalment not yet paid is cancelled. */
    public void stop(String reason, LocalDate on) {
        stop(ScholarshipEnd.MARRIAGE, reason, on);
    }

    /**
     * The child married, works (or reached 23) on {@code on}: every later instalment not yet paid is cancelled, and
     * never paid. The first year, already approved and paid with the claim's own payment, is not taken back.
     */
    public void stop(ScholarshipEnd kind, String reason, LocalDate on) {
        Objects.requireNonNull(kind, "kind");
        if (!active) {
            throw new PayoutException("Jadwal beasiswa " + childName + " sudah berakhir: " + endReason + ".");
        }
        if (on == null || on.isBefore(birthDate)) {
            throw new PayoutException("Tanggal berakhirnya beasiswa " + childName + " harus diisi dan tidak sebelum tanggal lahir.");
        }
        if (reason == null || reason.isBlank()) {
            throw new PayoutException("Alasan berakhirnya beasiswa " + childName + " harus diisi.");
        }
        int firstOpen = years.stream().filter(y -> !y.isWithClaim() && (y.getStatus() == ScholarshipYearStatus.PLANNED
                || y.getStatus() == ScholarshipYearStatus.AWAITING_PROOF || y.getStatus() == ScholarshipYearStatus.READY))
                .mapToInt(ScholarshipYear::getYearNo).min().orElse(Integer.MAX_VALUE);
        end(kind, reason.strip(), on, firstOpen);
    }

    /**
     * On and after the child's birthday of {@code maxAge} the schedule has ended by age, recorded with that date:
     * years still waiting for proof (or planned) are cancelled; a year already proven before stays payable.
     * Returns true when this call ended it.
     */
    public boolean reachAgeLimit(LocalDate today, int maxAge) {
        LocalDate limit = ageLimitOn(maxAge);
        if (!active || today.isBefore(limit)) {
            return false;
        }
        this.active = false;
        this.endKind = ScholarshipEnd.AGE;
        this.endedOn = limit;
        this.endReason = "anak berusia " + maxAge + " tahun pada " + limit;
        for (ScholarshipYear year : years) {
            if (year.getStatus() == ScholarshipYearStatus.PLANNED || year.getStatus() == ScholarshipYearStatus.AWAITING_PROOF) {
                year.cancel(endReason);
            }
        }
        return true;
    }

    /** Year 1 is decided with the claim: its level is the child's on the claim, proven by the claim's documents. */
    public void payFirstYearWithClaim(SchoolLevel level, BigDecimal amount, String actor, Instant now) {
        ScholarshipYear first = year(1);
        if (first.getStatus() != ScholarshipYearStatus.AWAITING_PROOF) {
            throw new PayoutException("Tahun pertama beasiswa " + childName + " sudah berstatus " + first.getStatus() + ".");
        }
        first.paidWithClaim(level, amount, actor, now);
    }

    /** The claim's own payment was paid: the first year with it. */
    public void firstYearPaidWithClaim(String paymentReference) {
        ScholarshipYear first = year(1);
        if (first.isWithClaim() && first.getStatus() == ScholarshipYearStatus.READY) {
            first.paid(Objects.requireNonNull(paymentReference, "paymentReference"));
        }
    }

    /** The day the child turns the maximum age; no instalment is due on or after it. */
    public LocalDate ageLimitOn(int maxAge) {
        return birthDate.plusYears(maxAge);
    }

    public void markPaid(int yearNo, String paymentReference) {
        ScholarshipYear year = year(yearNo);
        if (year.getStatus() != ScholarshipYearStatus.READY) {
            throw new PayoutException("Tahun ke-" + yearNo + " beasiswa " + childName + " berstatus " + year.getStatus()
                    + " dan belum dapat dibayar.");
        }
        year.paid(Objects.requireNonNull(paymentReference, "paymentReference"));
    }

    private void end(ScholarshipEnd kind, String reason, LocalDate on, int fromYear) {
        this.active = false;
        this.endKind = kind;
        this.endReason = reason;
        this.endedOn = on;
        for (ScholarshipYear year : years) {
            if (year.getYearNo() >= fromYear && year.getStatus() != ScholarshipYearStatus.PAID
                    && year.getStatus() != ScholarshipYearStatus.NOT_PAID) {
                year.cancel(reason);
            }
        }
    }

    /** True once any year is paid or proven beyond the first: the schedule is history, never replaced. */
    public boolean hasPaidOrProvenYears() {
        return years.stream().anyMatch(y -> y.getStatus() == ScholarshipYearStatus.PAID
                || !y.isWithClaim() && y.getStatus() == ScholarshipYearStatus.READY);
    }

    public ScholarshipYear year(int yearNo) {
        return years.stream().filter(y -> y.getYearNo() == yearNo).findFirst()
                .orElseThrow(() -> new PayoutException("Beasiswa " + childName + " tidak memiliki tahun ke-" + yearNo + "."));
    }

    public Long getId() { return id; }
    public Claim getClaim() { return claim; }
    public String getChildName() { return childName; }
    public LocalDate getBirthDate() { return birthDate; }
    public boolean isActive() { return active; }
    public ScholarshipEnd getEndKind() { return endKind; }
    public String getEndReason() { return endReason; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ScholarshipYear> getYears() { return Collections.unmodifiableList(years); }
    public long getVersion() { return version; }
}
