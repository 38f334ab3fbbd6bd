package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.ClaimIntakeService;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.HolidayAdminService;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeRequest;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.IntakeResult;
import id.go.bpjsketenagakerjaan.pmi.casework.boundary.WorkQueueService;
import id.go.bpjsketenagakerjaan.pmi.casework.control.HolidayForm;
import id.go.bpjsketenagakerjaan.pmi.casework.entity.PublicHoliday;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimFilter;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimQueryService;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimView;
import id.go.bpjsketenagakerjaan.pmi.claim.boundary.ClaimWorkflowService;
import id.go.bpjsketenagakerjaan.pmi.claim.control.DocumentType;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Channel;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimDocument;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimSignal;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatusEvent;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.RejectionReason;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.PaymentBatchService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ApprovalDecision;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BankTransferFile;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole journeys through the EJBs, each step as the role that takes it: a JKM death claim from intake to PAID, a
 * rejected claim reopened on appeal and decided again, a claim returned for correction and resubmitted; plus the
 * supervisor's "move all of X's work" and the administrator's holiday calendar. Each journey ends with the audit
 * chain verifying.
 */
@ExtendWith(ArquillianExtension.class)
class JourneyIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
            + "/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withRoleProbes().addClasses(JourneyIT.class, JourneyProbe.class);
    }

    @EJB
    ClaimIntakeService intake;

    @EJB
    ClaimWorkflowService workflow;

    @EJB
    WorkQueueService queues;

    @EJB
    ClaimQueryService claimQueries;

    @EJB
    PaymentBatchService batches;

    @EJB
    HolidayAdminService holidays;

    @EJB
    AsAdjudicator adjudicator;

    @EJB
    AsSupervisor supervisor;

    @EJB
    AsBranchHead branchHead;

    @EJB
    AsAdmin admin;

    @EJB
    JourneyProbe probe;

    @Test
    void aDeathClaimGoesFromIntakeToPaid() throws Exception {
        String bank = "J" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        Filed filed = fileDeathClaim(bank);
        long id = filed.id();
        ClaimantRelation heir = filed.death().heir();
        String claimNo = view(id).getClaim().getClaimNo();

        // intake gave it to an adjudicator by the rules, as an event on the claim and in the audit trail
        String assigned = probe.assignedTo(id);
        assertTrue(Set.of("adjudikator", "adjudikator2").contains(assigned), assigned);
        assertTrue(probe.history(id).stream().anyMatch(ClaimStatusEvent::isAssignment), "assignment event");
        assertTrue(probe.audit("CLAIM_FILED", "claim:" + claimNo).get(0).contains("assignedTo=" + assigned));

        long version = toAdjudication(id);
        BigDecimal calculated = adjudicator.call(() -> workflow.calculate(id, heir)).recommended().amount();
        assertEquals(0, filed.death().amount().compareTo(calculated), "the calculator's JKM death benefit");
        long recommended = adjudicator.call(() -> workflow.recommend(id, version, heir, calculated,
                "Ahli waris sah menurut surat keterangan"));
        long acknowledged = acknowledgeSignals(id, recommended);

        // Rp 85 jt (death during work) is above the supervisor's Rp 50 jt limit: the branch head approves either benefit
        ApprovalDecision decision = branchHead.call(() -> workflow.approve(id, acknowledged));
        assertTrue(decision.completes(), decision.message());
        assertEquals(ClaimStatus.APPROVED, view(id).getClaim().getStatus());

        DraftResult draft = supervisor.call(() -> batches.draft(LocalDate.now(WIB), bank));
        assertEquals(1, draft.claimsAdded());
        BatchSummary batch = draft.batches().get(0);
        BatchSummary released = supervisor.call(() -> batches.release(batch.id(), batch.version()));
        assertEquals(BatchStatus.RELEASED, released.status());
        String file = supervisor.call(() -> batches.transferFile(batch.id()));
        List<BankTransferFile.Line> lines = BankTransferFile.read(file);
        assertEquals(1, lines.size());
        assertEquals(0, calculated.compareTo(lines.get(0).amount()));
        String amount = calculated.setScale(2).toPlainString();
        String bankResult = "reference,status,amount,reason\r\n" + lines.get(0).reference() + ",PAID," + amount + ",\r\n"
                + "TOTAL,1," + amount + ",\r\n";
        ReconciliationResult reconciled = supervisor.call(() -> batches.importResults(batch.id(), bankResult));
        assertEquals(1, reconciled.paidCount());

        ClaimView paid = view(id);
        assertEquals(ClaimStatus.PAID, paid.getClaim().getStatus());
        assertEquals(List.of(ClaimStatus.RECEIVED, ClaimStatus.VERIFICATION, ClaimStatus.ADJUDICATION,
                ClaimStatus.AWAITING_APPROVAL, ClaimStatus.APPROVED, ClaimStatus.PAID), statusPath(id));
        assertTrue(probe.audit("PAYMENT_BATCH_RECONCILED", "batch:" + batch.batchNo()).get(0).contains(claimNo));
        assertTrue(probe.auditActions("claim:" + claimNo).containsAll(List.of("CLAIM_FILED", "CLAIM_CHANGED", "CLAIM_APPROVED")));
        assertNull(probe.auditChainProblem());
    }

    @Test
    void aRejectedClaimIsReopenedOnAppealAndDecidedAgain() throws Exception {
        Filed filed = fileDeathClaim("BRI");
        long id = filed.id();
        ClaimantRelation heir = filed.death().heir();
        long adjudicating = toAdjudication(id);
        long rejected = adjudicator.call(() -> workflow.reject(id, adjudicating, RejectionReason.NOT_ENTITLED_HEIR,
                "Surat keterangan ahli waris tidak menyebut pemohon"));
        assertEquals(ClaimStatus.REJECTED, view(id).getClaim().getStatus());

        long appealed = adjudicator.call(() -> workflow.appeal(id, rejected,
                "Penetapan ahli waris dari pengadilan agama menyusul, pemohon istri sah"));
        assertEquals(ClaimStatus.APPEALED, view(id).getClaim().getStatus());
        // an adjudicator cannot decide the appeal
        assertDenied(() -> adjudicator.call(() -> workflow.decideAppeal(id, appealed, true, "x")));
        long reopened = supervisor.call(() -> workflow.decideAppeal(id, appealed, true, "Penetapan pengadilan diterima"));
        assertEquals(ClaimStatus.ADJUDICATION, view(id).getClaim().getStatus());

        BigDecimal amount = adjudicator.call(() -> workflow.calculate(id, heir)).recommended().amount();
        long recommended = adjudicator.call(() -> workflow.recommend(id, reopened, heir, amount, "Setelah banding"));
        long acknowledged = acknowledgeSignals(id, recommended);
        assertTrue(branchHead.call(() -> workflow.approve(id, acknowledged)).completes());

        assertEquals(List.of(ClaimStatus.RECEIVED, ClaimStatus.VERIFICATION, ClaimStatus.ADJUDICATION, ClaimStatus.REJECTED,
                ClaimStatus.APPEALED, ClaimStatus.ADJUDICATION, ClaimStatus.AWAITING_APPROVAL, ClaimStatus.APPROVED), statusPath(id));
        String claimNo = view(id).getClaim().getClaimNo();
        assertTrue(probe.audit("CLAIM_CHANGED", "claim:" + claimNo).stream()
                .anyMatch(d -> d.contains("status=APPEALED") && d.contains("status=ADJUDICATION")), "the appeal decision audited");
        assertNull(probe.auditChainProblem());
    }

    @Test
    void aClaimReturnedForCorrectionIsResubmittedAndApproved() throws Exception {
        Filed filed = fileDeathClaim("BNI");
        long id = filed.id();
        ClaimantRelation heir = filed.death().heir();
        BigDecimal reduced = filed.death().amount().subtract(new BigDecimal("5000000"));
        long adjudicating = toAdjudication(id);
        long recommended = adjudicator.call(() -> workflow.recommend(id, adjudicating, heir, reduced,
                "Dikurangi biaya yang sudah dibayar"));
        long acknowledged = acknowledgeSignals(id, recommended);
        long returned = branchHead.call(() -> workflow.returnForCorrection(id, acknowledged,
                "Santunan JKM tidak dikurangi; rekomendasikan sesuai perhitungan"));
        ClaimView back = view(id);
        assertEquals(ClaimStatus.RETURNED_FOR_CORRECTION, back.getClaim().getStatus());
        assertTrue(back.getClaim().getHistory().get(back.getClaim().getHistory().size() - 1).getReason()
                .contains("tidak dikurangi"), "the adjudicator sees why");

        BigDecimal amount = adjudicator.call(() -> workflow.calculate(id, heir)).recommended().amount();
        long resubmitted = adjudicator.call(() -> workflow.recommend(id, returned, heir, amount, "Diperbaiki sesuai catatan"));
        assertTrue(branchHead.call(() -> workflow.approve(id, resubmitted)).completes());

        ClaimView approved = view(id);
        assertEquals(ClaimStatus.APPROVED, approved.getClaim().getStatus());
        assertEquals(0, filed.death().amount().compareTo(approved.getClaim().getRecommendedAmount()));
        assertEquals(List.of(ClaimStatus.RECEIVED, ClaimStatus.VERIFICATION, ClaimStatus.ADJUDICATION,
                ClaimStatus.AWAITING_APPROVAL, ClaimStatus.RETURNED_FOR_CORRECTION, ClaimStatus.AWAITING_APPROVAL,
                ClaimStatus.APPROVED), statusPath(id));
        assertTrue(probe.audit("CLAIM_CHANGED", "claim:" + approved.getClaim().getClaimNo()).stream()
                .anyMatch(d -> d.indexOf("recommendedAmount=" + reduced.setScale(2).toPlainString())
                        < d.indexOf("after:") && d.contains("recommendedAmount=" + filed.death().amount().setScale(2).toPlainString())
                        && d.contains("status=AWAITING_APPROVAL")),
                "the corrected amount is audited before/after");
        assertNull(probe.auditChainProblem());
    }

    @Test
    void theTeamQueueIsCountedExactlyUpToItsCapAndAsMoreThanTheCapBeyond() throws Exception {
        fileDeathClaim("BTN");
        // AsAdjudicator runs as adjudikator2 (probe-glassfish-ejb-jar.xml): the team queue is everyone else's
        long exact = probe.openClaimsNotHeldBy("adjudikator2");
        assertTrue(exact > 10 && exact <= WorkQueueService.TEAM_COUNT_CAP, "demo data: a few dozen open claims, " + exact);
        assertEquals(exact, (long) adjudicator.call(() -> queues.countTeam(ClaimFilter.none())));
        ClaimFilter team = ClaimFilter.none().teamQueue("adjudikator2");
        assertEquals(exact, (long) adjudicator.call(() -> claimQueries.countUpTo(team, (int) exact)),
                "exactly at the cap: the count itself");
        assertEquals(4L, (long) adjudicator.call(() -> claimQueries.countUpTo(team, 3)),
                "beyond the cap: one more than the cap, whatever the total");
        // the first page, read one status at a time, is the oldest of all open claims, as one sorted query gives it
        List<Long> oldest = probe.oldestOpenNotHeldBy("adjudikator2", 10);
        assertEquals(oldest, adjudicator.call(() -> queues.team(ClaimFilter.none(), 0, 10)).stream()
                .map(row -> row.getId()).toList());
        assertEquals(oldest.subList(3, 10), adjudicator.call(() -> queues.team(ClaimFilter.none(), 3, 7)).stream()
                .map(row -> row.getId()).toList(), "a later page continues where the first left off");
    }

    @Test
    void aSupervisorMovesAllOfOneAdjudicatorsWorkToAnother() throws Exception {
        fileDeathClaim("BTN"); // at least one open claim on someone's queue
        List<Long> held = probe.openClaimsOf("adjudikator");
        if (held.isEmpty()) {
            held = probe.openClaimsOf("adjudikator2");
        }
        String from = probe.assignedTo(held.get(0));
        String to = from.equals("adjudikator") ? "adjudikator2" : "adjudikator";
        assertDenied(() -> adjudicator.call(() -> queues.moveAll(from, to)));

        List<WorkQueueService.Outcome> outcomes = supervisor.call(() -> queues.moveAll(from, to));
        assertEquals(held.size(), outcomes.size());
        assertTrue(outcomes.stream().allMatch(WorkQueueService.Outcome::done), outcomes.toString());
        assertTrue(probe.openClaimsOf(from).isEmpty(), "nothing left with " + from);
        for (long moved : held) {
            List<ClaimStatusEvent> history = probe.history(moved);
            ClaimStatusEvent last = history.get(history.size() - 1);
            assertTrue(last.isAssignment(), last.getReason());
            assertEquals("supervisor", last.getActor());
            assertEquals("Penugasan: " + from + " → " + to, last.getReason());
            String claimNo = view(moved).getClaim().getClaimNo();
            List<String> audited = probe.audit("CLAIM_ASSIGNED", "claim:" + claimNo);
            assertTrue(audited.get(audited.size() - 1).contains("before: assignedTo=" + from)
                    && audited.get(audited.size() - 1).contains("after: assignedTo=" + to), audited.toString());
        }
        assertNull(probe.auditChainProblem());
    }

    @Test
    void anAdministratorsHolidayCountsForTheSlaAtOnceAndIsAudited() throws Exception {
        LocalDate day = LocalDate.of(2031, 6, 10);
        assertFalse(probe.isHoliday(day));
        PublicHoliday added = admin.call(() -> holidays.add(new HolidayForm(day, "Uji hari libur", true, true, "SKB uji")));
        assertTrue(probe.isHoliday(day), "the cached calendar is refreshed after the change commits");
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> admin.call(() -> holidays.add(new HolidayForm(day, "Lagi", false, false, null))));
        assertEquals("date", twice.field());
        assertDenied(() -> supervisor.call(() -> holidays.add(new HolidayForm(day.plusDays(1), "Bukan admin", false, false, null))));
        assertTrue(admin.call(() -> holidays.year(2031)).stream().anyMatch(h -> h.getDate().equals(day)));

        admin.call(() -> {
            holidays.remove(added.getId(), added.getVersion());
            return null;
        });
        assertFalse(probe.isHoliday(day));
        assertTrue(probe.audit("HOLIDAY_ADDED", "holiday:" + day).get(0).contains("after: date=" + day));
        assertTrue(probe.audit("HOLIDAY_REMOVED", "holiday:" + day).get(0).contains("before: date=" + day));
        assertNull(probe.auditChainProblem());
        // the seeded decree is there: Idulfitri 2026 and its cuti bersama
        assertTrue(probe.isHoliday(LocalDate.of(2026, 3, 21)) && probe.isHoliday(LocalDate.of(2026, 3, 24)));
    }

    /** A filed death claim and what the calculator pays for it. */
    private record Filed(long id, JourneyProbe.DeathCase death) {
    }

    /** Files a JKM death claim at the Jakarta head office for a participant the benefit is due for. */
    private Filed fileDeathClaim(String bank) throws Exception {
        LocalDate died = LocalDate.now(WIB).minusDays(10);
        JourneyProbe.DeathCase death = probe.deathCase(died);
        IntakeRequest request = new IntakeRequest(death.participantId(), "DEATH_OTHER", died, "Kota tempat bekerja",
                death.country(), "KP-JKT", Channel.E_KLAIM,
                List.of(new IntakeRequest.BenefitRequest(death.benefitCode(), death.amount())),
                "Ahli Waris", bank, "77" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), Set.of());
        IntakeResult filed = adjudicator.call(() -> intake.file(request));
        assertEquals(1, filed.claims().size());
        long id = filed.claims().get(0).id();
        assertNotNull(probe.assignedTo(id), "a new claim goes to an adjudicator");
        return new Filed(id, death);
    }

    /** Verification with every required document received and verified, then adjudication; returns the version. */
    private long toAdjudication(long id) throws Exception {
        long version = adjudicator.call(() -> workflow.startVerification(id, view(id).getClaim().getVersion()));
        List<DocumentType> required = view(id).getClaim().getDocuments().stream().filter(ClaimDocument::isRequired)
                .map(ClaimDocument::getType).toList();
        assertFalse(required.isEmpty(), "a death claim needs documents");
        for (DocumentType type : required) {
            long seen = version;
            version = adjudicator.call(() -> workflow.receiveDocument(id, seen, type, type.name().toLowerCase() + ".pdf",
                    "application/pdf", PDF));
            long received = version;
            version = adjudicator.call(() -> workflow.verifyDocument(id, received, type));
        }
        long verified = version;
        return adjudicator.call(() -> workflow.startAdjudication(id, verified));
    }

    /** A supervisor acknowledges every open signal, as approval requires; returns the version. */
    private long acknowledgeSignals(long id, long version) throws Exception {
        long current = version;
        for (ClaimSignal signal : view(id).getClaim().unacknowledgedSignals()) {
            long seen = current;
            current = supervisor.call(() -> workflow.acknowledgeSignal(id, seen, signal.getId(), "Diperiksa: " + signal.getKind()));
        }
        return current;
    }

    /** The role check refused the call (through a probe the container may wrap the access exception). */
    private static void assertDenied(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected an access refusal, got " + thrown, thrown);
    }

    private ClaimView view(long id) throws Exception {
        return supervisor.call(() -> workflow.view(id));
    }

    /** The statuses the claim went through, without the events that kept the status (assignments, notes). */
    private List<ClaimStatus> statusPath(long id) {
        return probe.history(id).stream().filter(e -> e.getFrom() != e.getTo()).map(ClaimStatusEvent::getTo).toList();
    }
}
