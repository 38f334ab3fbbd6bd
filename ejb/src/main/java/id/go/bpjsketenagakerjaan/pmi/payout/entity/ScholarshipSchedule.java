package id.go.bpjsketenagakerjaan.pmi.payout.entity;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipPolicy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
            year.ready(pay.level(), pay.amount().amount(), actor, now);
        } else if (outcome instanceof ScholarshipPolicy.SkipYear skip) {
            year.notPaid(level, skip.reason(), actor, now);
        } else if (outcome instanceof ScholarshipPolicy.Stop stop) {
            end(stop.reason(), year.getDueDate(), yearNo);
        }
        return outcome;
    }

    /** Marriage or work reported between proofs: every instalment not yet paid is cancelled. */
    public void stop(String reason, LocalDate on) {
        if (!active) {
            throw new PayoutException("Jadwal beasiswa " + childName + " sudah berakhir: " + endReason + ".");
        }
        int firstOpen = years.stream().filter(y -> y.getStatus() == ScholarshipYearStatus.PLANNED
                || y.getStatus() == ScholarshipYearStatus.AWAITING_PROOF || y.getStatus() == ScholarshipYearStatus.READY)
                .mapToInt(ScholarshipYear::getYearNo).min().orElse(Integer.MAX_VALUE);
        end(reason, on, firstOpen);
    }

    public void markPaid(int yearNo, String paymentReference) {
        ScholarshipYear year = year(yearNo);
        if (year.getStatus() != ScholarshipYearStatus.READY) {
            throw new PayoutException("Tahun ke-" + yearNo + " beasiswa " + childName + " berstatus " + year.getStatus()
                    + " dan belum dapat dibayar.");
        }
        year.paid(Objects.requireNonNull(paymentReference, "paymentReference"));
    }

    private void end(String reason, LocalDate on, int fromYear) {
        this.active = false;
        this.endReason = reason;
        this.endedOn = on;
        for (ScholarshipYear year : years) {
            if (year.getYearNo() >= fromYear && year.getStatus() != ScholarshipYearStatus.PAID
                    && year.getStatus() != ScholarshipYearStatus.NOT_PAID) {
                year.cancel(reason);
            }
        }
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
    public String getEndReason() { return endReason; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ScholarshipYear> getYears() { return Collections.unmodifiableList(years); }
    public long getVersion() { return version; }
}
