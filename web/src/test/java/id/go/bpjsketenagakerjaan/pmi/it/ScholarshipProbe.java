package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.SchoolLevel;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.CaseFile;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.participant.control.FamilyRelation;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.FamilyMember;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PaymentBatches;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ScholarshipView;
import id.go.bpjsketenagakerjaan.pmi.payout.control.Scholarships;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.Payment;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ProofKind;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.ScholarshipEnd;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only EJB without roles: builds a death case with a SCHOLARSHIP claim and drives the scholarship control with
 * an explicit "today" (a later year is due a year after approval; the test cannot wait that long). Each method is
 * its own transaction.
 */
@Stateless
public class ScholarshipProbe {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 8000));

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    /**
     * A worker who died during work, with four children on the family card: a married one (no scholarship), then
     * Ani in SD and Bayu in SMA (the two chosen), then Citra in TK (beyond the 2-children limit). The SCHOLARSHIP
     * claim is recommended at Ani's and Bayu's first year, Rp 1.500.000 + Rp 3.000.000, by {@code adjudicator}.
     */
    public long recommendedDeathScholarship(String bankCode, String adjudicator) {
        Instant t = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int serial = SERIAL.incrementAndGet();
        ServiceUnit unit = new ServiceUnit("ITS-" + serial + "-" + ThreadLocalRandom.current().nextInt(100000),
                "Unit uji beasiswa", ServiceUnitType.BRANCH, "Jawa Barat", "ID", ZoneId.of("Asia/Jakarta"));
        em.persist(unit);
        String nik = String.format("3209%02d410785%04d", 1 + ThreadLocalRandom.current().nextInt(40), serial);
        Participant worker = Participant.withNik(nik, null, "Almarhumah Uji " + serial, "P", LocalDate.of(1985, 7, 1),
                ParticipantType.PMI, "TW", t);
        worker.addFamilyMember(new FamilyMember(FamilyRelation.CHILD, "Dewi " + serial, null, "P", today.minusYears(21),
                SchoolLevel.PT, true, false, t));
        worker.addFamilyMember(new FamilyMember(FamilyRelation.CHILD, "Ani " + serial, null, "P", today.minusYears(10),
                SchoolLevel.SD, false, false, t));
        worker.addFamilyMember(new FamilyMember(FamilyRelation.CHILD, "Bayu " + serial, null, "L", today.minusYears(16),
                SchoolLevel.SMA, false, false, t));
        worker.addFamilyMember(new FamilyMember(FamilyRelation.CHILD, "Citra " + serial, null, "P", today.minusYears(5),
                SchoolLevel.TK, false, false, t));
        em.persist(worker);
        CaseFile death = new CaseFile("ITS-KS-" + serial + "-" + ThreadLocalRandom.current().nextInt(100000), worker,
                "DEATH_OTHER", today.minusDays(20), "Taichung", "TW", unit, "it", t);
        em.persist(death);
        Claim claim = Claim.file(death, "ITS-" + serial + "-" + ThreadLocalRandom.current().nextInt(100000), "SCHOLARSHIP",
                Channel.E_KLAIM, new BigDecimal("4500000"), new Payee("Suami Uji " + serial, bankCode, "88" + serial),
                List.of(), "eklaim", t);
        claim.assignTo(adjudicator, "it-koordinator", t);
        claim.startVerification(adjudicator, t);
        claim.startAdjudication(adjudicator, t);
        claim.recommend(new BigDecimal("4500000"), "SCHOLARSHIP@2023-03-01",
                "Anak 2 SD Rp 1.500.000 + anak 3 SMA Rp 3.000.000", adjudicator, t);
        em.persist(claim);
        em.flush();
        return claim.getId();
    }

    public List<ScholarshipView> schedules(long claimId, LocalDate today) {
        return new Scholarships(em).views(em.find(Claim.class, claimId), today);
    }

    public String proveYear(long scheduleId, long seenVersion, int yearNo, SchoolLevel level, String document,
                            LocalDate today) {
        return new Scholarships(em).recordProof(scheduleId, seenVersion, yearNo, level, ProofKind.DOCUMENT, document,
                "adjudikator2", today, Instant.now()).toString();
    }

    public void stop(long scheduleId, long seenVersion, ScholarshipEnd kind, LocalDate on, String reason, LocalDate today) {
        new Scholarships(em).stop(scheduleId, seenVersion, kind, on, reason, "adjudikator2", today, Instant.now());
    }

    public String claimStatus(long claimId) {
        return em.find(Claim.class, claimId).getStatus().name();
    }

    /** The payments of a claim as "reference:amount:status:year", oldest first. */
    public List<String> payments(long claimId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.claim.id = :claim ORDER BY p.id", Payment.class)
                .setParameter("claim", claimId).getResultList().stream()
                .map(p -> p.getReference() + ":" + p.getAmount().toPlainString() + ":" + p.getStatus() + ":"
                        + (p.getScholarshipYear() == null ? "-" : p.getScholarshipYear().getSchedule().getChildName()
                        .split(" ")[0] + p.getScholarshipYear().getYearNo()))
                .toList();
    }

    public DraftResult draft(LocalDate valueDate, String bankCode) {
        return new PaymentBatches(em).draft(valueDate, bankCode, "it", Instant.now());
    }
}
