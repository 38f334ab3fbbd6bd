package id.go.bpjsketenagakerjaan.pmi.it;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.Participant;
import id.go.bpjsketenagakerjaan.pmi.participant.entity.ParticipantType;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PaymentBatches;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PayoutApprovals;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingApproval;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingApprovals;
import id.go.bpjsketenagakerjaan.pmi.payout.control.PendingFilter;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.Reconciliations;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.Payment;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.PaymentBatch;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.UserAuthority;
import id.go.bpjsketenagakerjaan.pmi.security.Roles;
import id.go.bpjsketenagakerjaan.pmi.security.entity.AppUser;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnit;
import id.go.bpjsketenagakerjaan.pmi.serviceunit.entity.ServiceUnitType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Test-only EJB without roles: drives the payout control classes (the boundaries need a caller role, which an
 * in-container test does not have). Each method is its own transaction.
 */
@Stateless
public class PayoutProbe {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 8000));

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    /** A claim recommended by {@code adjudicator}, waiting for approval. */
    public long recommendedClaim(BigDecimal amount, String adjudicator) {
        Instant t = Instant.now();
        int serial = SERIAL.incrementAndGet();
        ServiceUnit unit = new ServiceUnit("IT-" + serial + "-" + ThreadLocalRandom.current().nextInt(100000),
                "Unit uji", ServiceUnitType.BRANCH, "Jawa Barat", "ID", ZoneId.of("Asia/Jakarta"));
        em.persist(unit);
        String nik = String.format("3209%02d410790%04d", 1 + ThreadLocalRandom.current().nextInt(40), serial);
        Participant participant = Participant.withNik(nik, null, "Peserta Uji " + serial, "P", LocalDate.of(1990, 7, 1),
                ParticipantType.PMI, "TW", t);
        em.persist(participant);
        Claim claim = Claim.receive("IT-PAY-" + serial + "-" + ThreadLocalRandom.current().nextInt(100000), participant,
                "MEDICAL_ABROAD", Channel.E_KLAIM, LocalDate.now().minusDays(10), amount, unit, "eklaim", t);
        claim.assignTo(adjudicator, "it-koordinator", t);
        claim.startVerification(adjudicator, t);
        claim.startAdjudication(adjudicator, t);
        claim.recommend(amount, "MEDICAL_ABROAD@2023-03-01", "Sesuai tabel manfaat", adjudicator, t);
        em.persist(claim);
        em.flush();
        return claim.getId();
    }

    /** An approved claim with a payee at {@code bankCode}. */
    public long approvedClaim(BigDecimal amount, String bankCode) {
        long id = recommendedClaim(amount, "it-adjudikator");
        Claim claim = em.find(Claim.class, id);
        Instant t = Instant.now();
        claim.approvePayout("it-supervisor", t);
        claim.correctPayee(new Payee(claim.getParticipant().getFullName(), bankCode, "12345" + id), "rekening awal", "it", t);
        return id;
    }

    /** A supervisor account with an authority level, named uniquely. */
    public String approver(String level) {
        String username = "it-" + level.toLowerCase() + "-" + SERIAL.incrementAndGet();
        AppUser user = new AppUser(username, "Penyetuju Uji", "tidak-untuk-login", null, Set.of(Roles.SUPERVISOR));
        em.persist(user);
        em.flush();
        em.persist(new UserAuthority(user.getId(), level, "it", Instant.now()));
        return username;
    }

    public long version(long claimId) {
        return em.find(Claim.class, claimId).getVersion();
    }

    public String claimStatus(long claimId) {
        return em.find(Claim.class, claimId).getStatus().name();
    }

    public ApprovalDecision approve(long claimId, long seenVersion, String approver) {
        return new PayoutApprovals(em).approve(claimId, seenVersion, approver, Set.of(Roles.SUPERVISOR), Instant.now());
    }

    /** The "approvals given / required" column of {@code me}'s approval queue, by claim, for claims matching {@code text}. */
    public Map<Long, String> approvalsShown(String me, String text) {
        return new PendingApprovals(em).pendingFor(me, new PendingFilter(text, null, null), 0, 200).rows().stream()
                .collect(Collectors.toMap(PendingApproval::claimId, row -> row.approvalsGiven() + "/" + row.approvalsRequired()));
    }

    public String claimNo(long claimId) {
        return em.find(Claim.class, claimId).getClaimNo();
    }

    public DraftResult draft(String bankCode) {
        return new PaymentBatches(em).draft(LocalDate.now(), bankCode, "it", Instant.now());
    }

    public BatchSummary release(long batchId, long seenVersion) {
        return new PaymentBatches(em).release(batchId, seenVersion, "it", Instant.now());
    }

    public boolean verify(long batchId) {
        return new PaymentBatches(em).verify(batchId);
    }

    public String transferFile(long batchId) {
        return new PaymentBatches(em).file(batchId);
    }

    /** Tries to add an approved claim to a batch directly through the entity. */
    public void addToBatch(long batchId, long claimId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        Claim claim = em.find(Claim.class, claimId);
        batch.pay(claim, "IT-EXTRA-" + claimId, 99, claim.getPayee());
        em.flush();
    }

    public ReconciliationResult reconcile(long batchId, String content) {
        return new Reconciliations(em).importResults(batchId, content, "it", Instant.now());
    }

    public String reissue(long paymentId, long seenVersion, String newAccount) {
        Payment failed = em.find(Payment.class, paymentId);
        Payee corrected = new Payee(failed.getPayeeName(), failed.getBankCode(), newAccount);
        return new PaymentBatches(em).reissue(paymentId, seenVersion, corrected, "rekening diperbaiki", LocalDate.now(),
                "it", Instant.now()).getReference();
    }

    /** Everything reconciliation could change, as one comparable string. */
    public String snapshot(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        return batch.getStatus() + "/v" + batch.getVersion() + " " + batch.getPayments().stream()
                .map(p -> p.getReference() + ":" + p.getStatus() + ":v" + p.getVersion() + ":" + p.getClaim().getStatus()
                        + ":v" + p.getClaim().getVersion())
                .collect(Collectors.joining(","));
    }

    public long paymentId(String reference) {
        return em.createQuery("SELECT p.id FROM Payment p WHERE p.reference = :r", Long.class).setParameter("r", reference)
                .getSingleResult();
    }

    public long paymentVersion(long paymentId) {
        return em.find(Payment.class, paymentId).getVersion();
    }
}
