package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.audit.control.AuditChainVerifier;
import id.go.bpjsketenagakerjaan.pmi.audit.entity.AuditEntry;
import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayCalendar;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.SlaEscalationRun;
import id.go.bpjsketenagakerjaan.pmi.notification.boundary.NotificationDelivery;
import id.go.bpjsketenagakerjaan.pmi.notification.entity.Notification;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimView;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalRefusedException;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ConcurrentChangeException;
import id.go.bpjsketenagakerjaan.pmi.claim.control.ClaimAction;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaClock;
import id.go.bpjsketenagakerjaan.pmi.claim.control.SlaStage;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Claim;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workflow boundary in the container: roles, maker != checker, stale views, and races on one claim. */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withRoleProbes().addClasses(WorkflowIT.class, AuditTamper.class);
    }

    @EJB
    ClaimWorkflowService workflow;

    @EJB
    AsSupervisor supervisor;

    @EJB
    AsSecondSupervisor secondSupervisor;

    @EJB
    AsAdjudicator adjudicator;

    @PersistenceContext(unitName = "pmi")
    EntityManager em;

    @EJB
    AuditTamper tamper;

    @EJB
    SlaEscalationRun sla;

    @EJB
    NotificationDelivery delivery;

    @Inject
    HolidayCalendar holidays;

    /** A demo claim in the given state that no other test of this class uses. */
    private long claimIn(ClaimStatus status, int skip) {
        return em.createQuery("SELECT c.id FROM Claim c WHERE c.status = :s ORDER BY c.id", Long.class)
                .setParameter("s", status).setFirstResult(skip).setMaxResults(1).getSingleResult();
    }

    @Test
    void twoSupervisorsApprovingTheSameClaimAtOnceYieldOneDecision() throws Exception {
        long id = claimIn(ClaimStatus.AWAITING_APPROVAL, 0);
        long seen = supervisor.call(() -> workflow.view(id)).getClaim().getVersion();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<ApprovalDecision>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return supervisor.call(() -> workflow.approve(id, seen));
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<ApprovalDecision> outcome : outcomes) {
            try {
                outcome.get(60, TimeUnit.SECONDS);
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                // the loser either finds the claim changed or its own approval already recorded: never a second one
                assertTrue(e.getCause() instanceof ConcurrentChangeException || e.getCause() instanceof ApprovalRefusedException,
                        String.valueOf(e.getCause()));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(racers - 1, refused);
        ClaimView after = supervisor.call(() -> workflow.view(id));
        assertEquals(ClaimStatus.APPROVED, after.getClaim().getStatus());
        long approvals = after.getClaim().getHistory().stream().map(ClaimStatusEvent::getTo)
                .filter(ClaimStatus.APPROVED::equals).count();
        assertEquals(1, approvals, "the history shows one decision");
    }

    @Test
    void twoDifferentSupervisorsApprovingAtTheSameMomentYieldOneApprovalAndAClearMessage() throws Exception {
        long id = claimIn(ClaimStatus.AWAITING_APPROVAL, 3);
        long seen = supervisor.call(() -> workflow.view(id)).getClaim().getVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<ApprovalDecision> first = pool.submit(() -> {
            start.await();
            return supervisor.call(() -> workflow.approve(id, seen));
        });
        Future<ApprovalDecision> second = pool.submit(() -> {
            start.await();
            return secondSupervisor.call(() -> workflow.approve(id, seen));
        });
        start.countDown();
        List<String> refusals = new ArrayList<>();
        int approvals = 0;
        for (Future<ApprovalDecision> outcome : List.of(first, second)) {
            try {
                outcome.get(60, TimeUnit.SECONDS);
                approvals++;
            } catch (java.util.concurrent.ExecutionException e) {
                refusals.add(e.getCause().getMessage());
            }
        }
        pool.shutdown();
        assertEquals(1, approvals);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("sudah disetujui oleh") || refusals.get(0).contains("telah diubah oleh"),
                refusals.get(0));
        ClaimView after = supervisor.call(() -> workflow.view(id));
        assertEquals(ClaimStatus.APPROVED, after.getClaim().getStatus());
        assertEquals(1, after.getClaim().getHistory().stream().filter(e -> e.getTo() == ClaimStatus.APPROVED).count());
    }

    /**
     * Six people act on one claim they all loaded at the same version: recommend (an edit of the amount), reject as
     * adjudicator, reject as supervisor, and three reassignments. Exactly one change commits; every other gets a
     * clear message, and the audit trail holds one entry for the claim from these people.
     */
    @Test
    void mixedDecisionsRacingOnOneClaimLetExactlyOneWinAndTheAuditShowsOneChange() throws Exception {
        // the newest claim in adjudication: the other tests take theirs from the oldest end
        long id = em.createQuery("SELECT c.id FROM Claim c WHERE c.status = :s ORDER BY c.id DESC", Long.class)
                .setParameter("s", ClaimStatus.ADJUDICATION).setMaxResults(1).getSingleResult();
        ClaimView before = supervisor.call(() -> workflow.view(id));
        long seen = before.getClaim().getVersion();
        String claimNo = before.getClaim().getClaimNo();
        int eventsBefore = before.getClaim().getHistory().size();
        BigDecimal amount = adjudicator.call(() -> workflow.calculate(id, ClaimantRelation.WORKER)).recommended().amount();
        Instant start = Instant.now().minusMillis(1);
        List<Callable<Object>> racers = List.of(
                () -> adjudicator.call(() -> workflow.recommend(id, seen, ClaimantRelation.WORKER, amount, "Sesuai tabel")),
                () -> adjudicator.call(() -> workflow.reject(id, seen, RejectionReason.DOCUMENTS_INVALID, "Dokumen palsu")),
                () -> supervisor.call(() -> workflow.reject(id, seen, RejectionReason.CLAIM_EXPIRED, "Lewat batas waktu")),
                () -> supervisor.call(() -> workflow.assign(id, seen, "adjudikator2")),
                () -> secondSupervisor.call(() -> workflow.assign(id, seen, "adjudikator2")),
                () -> adjudicator.call(() -> workflow.assign(id, seen, "adjudikator2")));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        List<Future<Object>> outcomes = new ArrayList<>();
        for (Callable<Object> racer : racers) {
            outcomes.add(pool.submit(() -> {
                go.await();
                return racer.call();
            }));
        }
        go.countDown();
        int won = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            try {
                outcome.get(60, TimeUnit.SECONDS);
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                assertTrue(cause instanceof ConcurrentChangeException || cause instanceof ClaimTransitionException,
                        "a clear refusal, not " + cause);
                assertTrue(cause.getMessage() != null && !cause.getMessage().isBlank(), "a message: " + cause);
                refusals.add(cause.getMessage());
            }
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one change wins: " + refusals);
        assertEquals(racers.size() - 1, refusals.size());
        ClaimView after = supervisor.call(() -> workflow.view(id));
        assertTrue(after.getClaim().getHistory().size() - eventsBefore <= 1, "at most one new status event");
        long entries = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subject = :subject AND a.occurredAt >= :start"
                        + " AND a.actor <> 'sistem'", Long.class)
                .setParameter("subject", "claim:" + claimNo).setParameter("start", start).getSingleResult();
        assertEquals(1, entries, "the audit trail shows one change of " + claimNo);
    }

    @Test
    void aStaleViewIsRefusedWithWhoChangedIt() throws Exception {
        long id = claimIn(ClaimStatus.AWAITING_APPROVAL, 1);
        long seen = supervisor.call(() -> workflow.view(id)).getClaim().getVersion();
        supervisor.call(() -> workflow.returnForCorrection(id, seen, "Periksa kembali jumlahnya"));
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class,
                () -> supervisor.call(() -> workflow.approve(id, seen)));
        assertTrue(stale.getMessage().contains("supervisor"), stale.getMessage());
    }

    @Test
    void aRecommendationIsOfferedToAndApprovedByAnotherPerson() throws Exception {
        long id = claimIn(ClaimStatus.ADJUDICATION, 0);
        long seen = adjudicator.call(() -> workflow.view(id)).getClaim().getVersion();
        long recommended = adjudicator.call(() -> workflow.recommend(id, seen, ClaimantRelation.WORKER,
                workflow.calculate(id, ClaimantRelation.WORKER).recommended().amount(), "Sesuai batas manfaat"));
        ClaimView view = supervisor.call(() -> workflow.view(id));
        assertEquals("adjudikator2", view.getClaim().getRecommendedBy());
        assertTrue(view.getActions().contains(ClaimAction.APPROVE));
        supervisor.call(() -> workflow.approve(id, recommended));
        assertEquals(ClaimStatus.APPROVED, supervisor.call(() -> workflow.view(id)).getClaim().getStatus());
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedAndChangesNothing() throws Exception {
        long id = claimIn(ClaimStatus.RECEIVED, 0);
        long seen = adjudicator.call(() -> workflow.view(id)).getClaim().getVersion();
        ClaimTransitionException refused = assertThrows(ClaimTransitionException.class,
                () -> supervisor.call(() -> workflow.approve(id, seen)));
        assertTrue(refused.getMessage().contains("tidak menunggu persetujuan"), refused.getMessage());
        assertEquals(seen, adjudicator.call(() -> workflow.view(id)).getClaim().getVersion());
    }

    @Test
    void adjudicationWaitsForVerifiedDocuments() throws Exception {
        long id = claimIn(ClaimStatus.INFORMATION_REQUESTED, 0); // demo: documents received, not verified
        long seen = adjudicator.call(() -> workflow.view(id)).getClaim().getVersion();
        ClaimTransitionException refused = assertThrows(ClaimTransitionException.class,
                () -> adjudicator.call(() -> workflow.startAdjudication(id, seen)));
        assertTrue(refused.getMessage().contains("Dokumen wajib"), refused.getMessage());
    }

    @Test
    void aFullNikOnScreenIsRecordedInAnUnbrokenAuditChain() throws Exception {
        long id = claimIn(ClaimStatus.VERIFICATION, 0);
        long before = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'PERSONAL_DATA_VIEWED'", Long.class)
                .getSingleResult();
        supervisor.call(() -> workflow.view(id));
        long after = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'PERSONAL_DATA_VIEWED'", Long.class)
                .getSingleResult();
        assertEquals(before + 1, after);
        assertEquals(null, verifyChain().brokenAt(), "the chain verifies after the workflow steps");
    }

    @Test
    void anAlteredAuditRowIsReportedAsTheFirstBrokenLink() throws Exception {
        long id = claimIn(ClaimStatus.VERIFICATION, 1);
        supervisor.call(() -> workflow.view(id)); // at least one entry exists
        long victim = em.createQuery("SELECT MAX(a.id) FROM AuditEntry a", Long.class).getSingleResult();
        tamper.alter(victim);
        try {
            AuditChainVerifier verifier = verifyChain();
            assertEquals(victim, verifier.brokenAt());
            assertTrue(verifier.problem().contains("telah diubah"), verifier.problem());
        } finally {
            tamper.restore(victim);
        }
    }

    private AuditChainVerifier verifyChain() {
        AuditChainVerifier verifier = new AuditChainVerifier();
        for (AuditEntry entry : em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.id", AuditEntry.class).getResultList()) {
            if (!verifier.accept(AuditChainVerifier.linkOf(entry))) {
                break;
            }
        }
        return verifier;
    }

    @Test
    void slaBreachesAreEscalatedOncePerClusterAndNotifiedAfterCommit() {
        Instant later = Instant.now().plus(60, ChronoUnit.DAYS); // every open stage is breached by then
        holdTheWatch();
        long recordedBefore = escalationsRecorded();
        SlaEscalationRun.Result first = watchAt(later);
        assertTrue(first.escalated() > 0, "open demo claims are escalated");
        assertEquals(false, sla.runOnce("instance-B", later.plusSeconds(60)).ran(), "B skips while A holds the lease");
        SlaEscalationRun.Result again = watchAt(later.plusSeconds(120));
        assertEquals(0, again.escalated(), "each stage is escalated once");
        assertEquals(0, again.looked(), "escalated claims are no longer watched");
        long escalations = escalationsRecorded() - recordedBefore;
        assertEquals(first.escalated(), escalations);
        assertTrue(delivery.deliverDue("instance-A", later.plusSeconds(180)) > 0);
        long sent = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.subject LIKE 'SLA terlampaui%' "
                + "AND n.status = :sent", Long.class).setParameter("sent", Notification.Status.SENT).getSingleResult();
        assertTrue(sent > 0, "escalations are delivered from the outbox");
    }

    @Test
    void theSlaWatchLooksAtAClaimAtEachTurnOfItsClockAndLeavesAnOpenEditCurrent() throws Exception {
        holdTheWatch();
        long id = claimIn(ClaimStatus.RECEIVED, 2);
        long seen = adjudicator.call(() -> workflow.view(id)).getClaim().getVersion();
        String claimNo = adjudicator.call(() -> workflow.view(id)).getClaim().getClaimNo();
        // the claim may have been warned in its first stage already: count what this stage adds
        long warningsBefore = notifications("SLA segera jatuh tempo: " + claimNo);
        long escalationsBefore = notifications("SLA terlampaui: " + claimNo);
        long verifying = adjudicator.call(() -> workflow.startVerification(id, seen));
        Claim claim = reload(id);
        Instant changed = claim.getStatusChangedAt();
        SlaClock clock = holidays.slaPolicy().clock(SlaStage.INTAKE_VERIFICATION, changed, claim.getServiceUnit().zone());
        // looked at on the next pass (or already moved on, if the application's own timer ticked in between)
        assertTrue(changed.equals(claim.getSlaNextCheckAt()) || clock.dueSoonFrom().equals(claim.getSlaNextCheckAt()),
                String.valueOf(claim.getSlaNextCheckAt()));
        // an hour on: past any lease the application's own timer can hold now (48 minutes with the tests' hourly tick)
        watchAt(changed.plus(1, ChronoUnit.HOURS));
        claim = reload(id);
        assertEquals(clock.dueSoonFrom(), claim.getSlaNextCheckAt(), "on track: looked at again when it turns due soon");
        assertEquals(verifying, claim.getVersion(), "the watch's bookkeeping leaves the adjudicator's view current");
        assertEquals(ClaimStatus.VERIFICATION, claim.getStatus());

        watchAt(clock.dueSoonFrom().plusSeconds(60));
        claim = reload(id);
        assertEquals(clock.deadline(), claim.getSlaNextCheckAt(), "warned: looked at again at the deadline");
        assertEquals(warningsBefore + 1, notifications("SLA segera jatuh tempo: " + claimNo));

        watchAt(clock.deadline().plusSeconds(60));
        claim = reload(id);
        assertNull(claim.getSlaNextCheckAt(), "escalated: nothing more to watch in this stage");
        assertEquals(escalationsBefore + 1, notifications("SLA terlampaui: " + claimNo));
    }

    private long notifications(String subject) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.subject = :s", Long.class)
                .setParameter("s", subject).getSingleResult();
    }

    /**
     * Takes the watch's lease for an hour of real time as "instance-A" when it is free, so the application's own
     * timer (another instance name) skips its ticks while the test runs passes at times of its choosing.
     */
    private void holdTheWatch() {
        sla.runOnce("instance-A", Instant.now(), java.time.Duration.ofHours(1));
    }

    /** Passes at {@code now} as the timer runs them, batch after batch while a whole batch came back: their sum. */
    private SlaEscalationRun.Result watchAt(Instant now) {
        int warned = 0;
        int escalated = 0;
        int looked = 0;
        SlaEscalationRun.Result pass;
        do {
            pass = sla.runOnce("instance-A", now);
            assertTrue(pass.ran());
            warned += pass.warned();
            escalated += pass.escalated();
            looked += pass.looked();
        } while (pass.full());
        return new SlaEscalationRun.Result(true, warned, escalated, looked);
    }

    private Claim reload(long id) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.id = :id", Claim.class).setParameter("id", id).getSingleResult();
    }

    private long escalationsRecorded() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'SLA_ESCALATED'", Long.class)
                .getSingleResult();
    }

    @Test
    void managersHaveNoWorkflowSteps() {
        long id = claimIn(ClaimStatus.AWAITING_APPROVAL, 2);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> workflow.approve(id, 0));
    }
}
