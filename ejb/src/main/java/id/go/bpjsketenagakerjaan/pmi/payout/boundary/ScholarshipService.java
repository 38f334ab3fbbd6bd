package id.go.bpjsketenagakerjaan.pmi.payout.boundary;

import id.go.bpjsketenagakerjaan.pmi.audit.boundary.AuditLog;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipPolicy;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipView;
import id.go.bpjsketenagakerjaan.pmi.payout.control.Scholarships;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PayoutException;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipSchedule;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The yearly scholarship of a claim's children: read by those who see claims, proven and stopped by adjudicators.
 * No supervisor approval per year: a later year's amount is the catalogue's rate for the proven level (at most
 * Rp 12.000.000, below every authority limit), and money leaves only when a supervisor releases the payment batch
 * it is in. Every change goes to the audit trail in the same transaction.
 */
@Stateless
public class ScholarshipService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ADJUDICATOR, Roles.SUPERVISOR, Roles.MANAGER, Roles.AUDITOR})
    public List<ScholarshipView> schedules(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new PayoutException("Klaim " + claimId + " tidak ditemukan.");
        }
        return new Scholarships(em).views(claim, today());
    }

    /** Proof of school level for a due year (a document with its number, or the officer's own verification). */
    @RolesAllowed(Roles.ADJUDICATOR)
    public String recordProof(long scheduleId, long seenVersion, int yearNo, SchoolLevel level, ProofKind kind,
                              String proofNote) {
        Instant now = now();
        ScholarshipPolicy.Outcome outcome = new Scholarships(em).recordProof(scheduleId, seenVersion, yearNo, level, kind,
                proofNote, caller(), today(), now);
        ScholarshipSchedule schedule = em.find(ScholarshipSchedule.class, scheduleId);
        String result;
        if (outcome instanceof ScholarshipPolicy.Pay pay) {
            result = "dapat dibayar " + pay.amount();
        } else if (outcome instanceof ScholarshipPolicy.SkipYear skip) {
            result = "tidak dibayar: " + skip.reason();
        } else {
            result = "jadwal berakhir: " + ((ScholarshipPolicy.Stop) outcome).reason();
        }
        audit.record(caller(), "SCHOLARSHIP_PROOF", "claim:" + schedule.getClaim().getClaimNo(), schedule.getChildName()
                + " tahun ke-" + yearNo + ", jenjang " + level + ", bukti " + kind
                + (proofNote == null || proofNote.isBlank() ? "" : " (" + proofNote.strip() + ")") + "; " + result, now);
        return result;
    }

    /** The child married or works: recorded with date and reason; later years are cancelled. */
    @RolesAllowed(Roles.ADJUDICATOR)
    public void stop(long scheduleId, long seenVersion, ScholarshipEnd kind, LocalDate on, String reason) {
        Instant now = now();
        new Scholarships(em).stop(scheduleId, seenVersion, kind, on, reason, caller(), today(), now);
        ScholarshipSchedule schedule = em.find(ScholarshipSchedule.class, scheduleId);
        audit.record(caller(), "SCHOLARSHIP_STOPPED", "claim:" + schedule.getClaim().getClaimNo(),
                schedule.getChildName() + " berhenti sejak " + on + " (" + kind + "): " + schedule.getEndReason(), now);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), WIB);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
