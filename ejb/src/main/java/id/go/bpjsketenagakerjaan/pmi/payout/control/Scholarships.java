package id.go.bpjsketenagakerjaan.pmi.payout.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitCodes;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.BenefitRule;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.Child;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.benefit.entity.BenefitVersion;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentStatus;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipSchedule;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYear;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipYearStatus;
import id.go.bpjsketenagakerjaan.pmi.shared.FieldError;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import id.go.bpjsketenagakerjaan.pmi.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The scholarship schedules of SCHOLARSHIP claims: planned when the claim's payout is approved (one schedule per
 * chosen child, at most the catalogue's maxChildren, year 1 paid with the claim's own payment), later years proven
 * and stopped by adjudicators, proven years gathered by {@link PaymentBatches} and settled by
 * {@link Reconciliations}. Rates come from the SCHOLARSHIP version of the benefit catalogue ({@link
 * ScholarshipPolicy#fromRule}): year 1 from the version the claim was calculated under (in force on the incident
 * date), a later year from the version in force on its due date.
 */
public class Scholarships {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final EntityManager em;

    public Scholarships(EntityManager em) {
        this.em = em;
    }

    /**
     * On the approval that completes a SCHOLARSHIP claim: the children the calculator granted (in family-card order,
     * eligible on the day the claim was received, at most maxChildren), each with a schedule whose first year is the
     * claim's own payment. The first years must add up to the approved amount, or the approval is refused: the money
     * the bank pays and the schedule must tell the same story.
     */
    public List<ScholarshipSchedule> planOnApproval(Claim claim, String actor, Instant now) {
        if (!BenefitCodes.SCHOLARSHIP.equals(claim.getBenefitCode())) {
            return List.of();
        }
        List<ScholarshipSchedule> earlier = schedulesOf(claim);
        if (earlier.stream().anyMatch(ScholarshipSchedule::hasPaidOrProvenYears)) {
            return earlier; // planned before and already paid from: kept as they are
        }
        // a reopened and re-approved claim: the plan of the earlier approval was never paid and is replaced
        earlier.forEach(em::remove);
        em.flush();
        ScholarshipPolicy policy = policyOn(claim.getIncidentDate());
        LocalDate asOf = LocalDate.ofInstant(claim.getReceivedAt(), WIB);
        LocalDate firstDue = LocalDate.ofInstant(now, WIB);
        List<ScholarshipSchedule> planned = new ArrayList<>();
        Money firstYears = Money.ZERO;
        for (FamilyMember member : claim.getParticipant().getFamilyMembers()) {
            if (!member.isChild() || planned.size() >= policy.maxChildren()) {
                continue;
            }
            Child child = member.toChild();
            if (!(policy.assess(child.birthDate(), asOf, child.level(), child.married(), child.working())
                    instanceof ScholarshipPolicy.Pay pay)) {
                continue;
            }
            ScholarshipSchedule schedule = ScholarshipSchedule.plan(claim, planned.size(), child.name(), child.birthDate(),
                    firstDue, policy, actor, now);
            schedule.payFirstYearWithClaim(pay.level(), pay.amount().amount(), actor, now);
            planned.add(schedule);
            firstYears = firstYears.plus(pay.amount());
        }
        if (planned.isEmpty()) {
            throw new PayoutException("Klaim " + claim.getClaimNo() + ": tidak ada anak peserta yang memenuhi syarat beasiswa"
                    + " (sekolah, belum menikah, belum bekerja, di bawah " + policy.maxAge() + " tahun).");
        }
        Money approved = Money.of(claim.getRecommendedAmount());
        if (!approved.equals(firstYears)) {
            throw new PayoutException("Klaim " + claim.getClaimNo() + ": rekomendasi " + approved
                    + " berbeda dari beasiswa tahun pertama " + firstYears + " untuk " + planned.size()
                    + " anak; kembalikan ke adjudikator untuk dihitung ulang.");
        }
        planned.forEach(em::persist);
        return planned;
    }

    public List<ScholarshipSchedule> schedulesOf(Claim claim) {
        return em.createQuery("SELECT s FROM ScholarshipSchedule s WHERE s.claim = :claim ORDER BY s.id",
                ScholarshipSchedule.class).setParameter("claim", claim).getResultList();
    }

    /** The claim page's section: every schedule of the claim with the years that may be proven {@code today}. */
    public List<ScholarshipView> views(Claim claim, LocalDate today) {
        List<ScholarshipSchedule> schedules = schedulesOf(claim);
        // the 23rd birthday ends a schedule by itself: recorded with its date when the schedule is next looked at
        schedules.forEach(s -> s.reachAgeLimit(today, policyOn(claim.getIncidentDate()).maxAge()));
        return schedules.stream().map(s -> view(s, today)).toList();
    }

    static ScholarshipView view(ScholarshipSchedule s, LocalDate today) {
        int maxAge = ScholarshipPolicy.MAX_AGE;
        boolean claimPaid = s.getClaim().getStatus() == ClaimStatus.PAID;
        List<ScholarshipYearView> years = s.getYears().stream().map(y -> ScholarshipYearView.of(y, s.isActive() && claimPaid
                && (y.getStatus() == ScholarshipYearStatus.AWAITING_PROOF
                || y.getStatus() == ScholarshipYearStatus.PLANNED && !y.getDueDate().isAfter(today)))).toList();
        return new ScholarshipView(s.getId(), s.getVersion(), s.getChildName(), s.getBirthDate(), s.ageLimitOn(maxAge),
                s.isActive(), s.getEndKind(), s.getEndReason(), s.getEndedOn(), years);
    }

    /**
     * Proof of the school level for a year that is due on {@code today}: a DOCUMENT (its number or description is
     * required) or an OFFICER's verification. The year becomes payable at the level's rate of the catalogue version
     * in force on its due date, or not paid when the child is not in school; at 23 the schedule ends.
     */
    public ScholarshipPolicy.Outcome recordProof(long scheduleId, long seenVersion, int yearNo, SchoolLevel level,
                                                 ProofKind kind, String proofNote, String actor, LocalDate today,
                                                 Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (level == null) {
            errors.add(new FieldError("schoolLevel", "Jenjang sekolah: wajib dipilih"));
        }
        if (kind == null || kind == ProofKind.CLAIM) {
            errors.add(new FieldError("proofKind", "Jenis bukti: pilih dokumen atau verifikasi petugas"));
        } else if (kind == ProofKind.DOCUMENT && (proofNote == null || proofNote.isBlank())) {
            errors.add(new FieldError("proofNote", "Keterangan bukti: nomor atau nama dokumen wajib diisi"));
        }
        if (proofNote != null && proofNote.strip().length() > 400) {
            errors.add(new FieldError("proofNote", "Keterangan bukti: paling banyak 400 karakter"));
        }
        InvalidInputException.throwIfAny(errors);
        ScholarshipSchedule schedule = load(scheduleId, seenVersion);
        if (!schedule.getClaim().getStatus().equals(ClaimStatus.PAID)) {
            throw new PayoutException("Klaim " + schedule.getClaim().getClaimNo() + " belum dibayar; tahun berikutnya"
                    + " beasiswa dibuktikan setelah pembayaran klaim.");
        }
        schedule.askProofDue(today);
        ScholarshipYear year = schedule.year(yearNo);
        if (year.getStatus() == ScholarshipYearStatus.PLANNED) {
            throw new PayoutException("Tahun ke-" + yearNo + " beasiswa " + schedule.getChildName() + " baru jatuh tempo pada "
                    + year.getDueDate() + "; bukti jenjang sekolah diterima sejak tanggal itu.");
        }
        ScholarshipPolicy policy = policyOn(year.getDueDate());
        ScholarshipPolicy.Outcome outcome = schedule.submitProof(yearNo, level, kind, proofNote, false, false, policy,
                actor, now);
        bump(schedule);
        return outcome;
    }

    /**
     * The child married or works from {@code on}: recorded with the date and the reason; every later year not yet paid
     * is cancelled and never paid. Refused while a year's payment is with the bank (settle it first).
     */
    public void stop(long scheduleId, long seenVersion, ScholarshipEnd kind, LocalDate on, String reason, String actor,
                     LocalDate today, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || kind == ScholarshipEnd.AGE) {
            errors.add(new FieldError("endKind", "Alasan berhenti: pilih menikah atau bekerja (usia 23 berhenti sendiri)"));
        }
        if (on == null) {
            errors.add(new FieldError("endedOn", "Tanggal berhenti: wajib diisi"));
        } else if (on.isAfter(today)) {
            errors.add(new FieldError("endedOn", "Tanggal berhenti: tidak boleh di masa depan"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("endReason", "Keterangan: wajib diisi (misalnya nomor akta nikah atau nama pemberi kerja)"));
        } else if (reason.strip().length() > 400) {
            errors.add(new FieldError("endReason", "Keterangan: paling banyak 400 karakter"));
        }
        InvalidInputException.throwIfAny(errors);
        ScholarshipSchedule schedule = load(scheduleId, seenVersion);
        if (on.isBefore(schedule.getBirthDate())) {
            throw new InvalidInputException("endedOn", "Tanggal berhenti: tidak boleh sebelum tanggal lahir anak");
        }
        long inFlight = em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.scholarshipYear.schedule = :schedule"
                        + " AND p.status IN :open", Long.class).setParameter("schedule", schedule)
                .setParameter("open", List.of(PaymentStatus.PENDING, PaymentStatus.FAILED)).getSingleResult();
        if (inFlight > 0) {
            throw new PayoutException("Beasiswa " + schedule.getChildName() + " masih memiliki pembayaran yang sedang diproses"
                    + " bank; rekonsiliasi dulu sebelum menghentikan jadwal.");
        }
        String label = kind == ScholarshipEnd.MARRIAGE ? "anak menikah" : "anak bekerja";
        schedule.stop(kind, label + ": " + reason.strip(), on);
        bump(schedule);
    }

    /**
     * Later years that a batch for {@code valueDate} pays: proven (READY), due by the value date, of an active
     * schedule whose claim is PAID (a year never before its claim), without a payment that is not voided.
     */
    public List<ScholarshipYear> payableYears(LocalDate valueDate, String bankCode) {
        String jpql = "SELECT y FROM ScholarshipYear y JOIN y.schedule s JOIN s.claim c WHERE y.status = :ready"
                + " AND y.withClaim = FALSE AND (s.active = TRUE OR s.endKind = :age) AND c.status = :paid AND y.dueDate <= :day"
                + " AND NOT EXISTS (SELECT p FROM Payment p WHERE p.activeYearId = y.id)"
                + (bankCode == null ? "" : " AND c.payee.bankCode = :bank") + " ORDER BY y.id";
        var query = em.createQuery(jpql, ScholarshipYear.class).setParameter("ready", ScholarshipYearStatus.READY)
                .setParameter("paid", ClaimStatus.PAID).setParameter("day", valueDate).setParameter("age", ScholarshipEnd.AGE);
        if (bankCode != null) {
            query.setParameter("bank", bankCode);
        }
        return query.getResultList();
    }

    /** The catalogue's SCHOLARSHIP version in force on {@code day} as a policy. */
    public ScholarshipPolicy policyOn(LocalDate day) {
        BenefitRule rule = em.createNamedQuery(BenefitVersion.BY_CODE, BenefitVersion.class)
                .setParameter("code", BenefitCodes.SCHOLARSHIP).getResultList().stream().map(BenefitVersion::toRule)
                .filter(r -> r.isEffectiveOn(day)).findFirst()
                .orElseThrow(() -> new PayoutException("Tidak ada versi aturan " + BenefitCodes.SCHOLARSHIP
                        + " yang berlaku pada " + day + "."));
        return ScholarshipPolicy.fromRule(rule);
    }

    private ScholarshipSchedule load(long scheduleId, long seenVersion) {
        ScholarshipSchedule schedule = em.find(ScholarshipSchedule.class, scheduleId);
        if (schedule == null) {
            throw new PayoutException("Jadwal beasiswa " + scheduleId + " tidak ditemukan.");
        }
        if (schedule.getVersion() != seenVersion) {
            throw new PayoutException("Jadwal beasiswa " + schedule.getChildName() + " telah diubah sejak ditampilkan. Muat ulang.");
        }
        return schedule;
    }

    /** A change to a year is a change of its schedule: two officers working from the same view cannot both win. */
    private void bump(ScholarshipSchedule schedule) {
        em.lock(schedule, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new PayoutException("Jadwal beasiswa " + schedule.getChildName() + " telah diubah orang lain. Muat ulang.");
        }
    }
}
